/**
 * Common first names by gender, for pronoun agreement ("Hillary Clinton ... she said"). A name absent
 * here has unknown gender and agrees with both he and she.
 */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  ('donald vladimir bernie ted marco jeb ben chris john mike michael barack joe joseph george bill william ' +
    'paul rand mitt jim james robert bob david dan daniel richard rick steve stephen steven tom thomas mark ' +
    'jeff jeffrey kevin brian scott eric jason matt matthew andrew tim timothy peter charles chuck harry jack ' +
    'john paul lindsey rudy rudolph newt mitch reince corey sean sergei dmitry xi kim emmanuel boris justin ' +
    'benjamin bibi recep angela-not-male larry gary frank ron ronald jerry gerald jimmy lyndon richard dick ' +
    'al albert fred frederick henry howard jon jonathan josh joshua keith ken kenneth luis carlos jose juan ' +
    'martin nick nicholas patrick ray raymond roger sam samuel ted theodore tony anthony victor walter wayne ' +
    'adam alan alex alexander andy arthur barry brad bruce carl craig dennis doug douglas ed edward elijah ' +
    'eugene greg gregory hank jared jay jeremy jesse joel jose kyle lee louis marcus max mohammed muhammad ' +
    'nathan neil nigel oliver omar pete philip phil ralph randy reed rex roy russell ryan shawn stan stanley ' +
    'ted terry todd travis trey vince wolf xavier zach bernard hugh ian jacob jake joaquin julian karl kurt ' +
    'lloyd marty mario michel nicolas olaf pierre rahm reza rodrigo ruben sanjay sebastian stuart tucker ' +
    'vladimir volodymyr wladimir yuri hosni bashar hassan ali abdullah ahmed narendra shinzo fumio moon ' +
    'evan elliott corbyn jeremy david-cameron tony-blair gordon theresa-not-male keir rishi liz-not-male').split(' ').filter((n) => !n.includes('-')),
);

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  ('hillary elizabeth carly nancy sarah sara michelle melania ivanka kellyanne huma nikki condoleezza ' +
    'condi madeleine angela theresa liz marine ursula jacinda kamala tulsi amy kirsten susan patricia ' +
    'mary jennifer linda barbara margaret jessica karen lisa betty dorothy sandra ashley kimberly donna ' +
    'emily carol michelle laura rebecca deborah stephanie sharon cynthia kathleen amanda helen anna ' +
    'ann anne maria marie julie julia christine catherine katherine kate kathy jane janet janet joan ' +
    'joanne judy judith diane debbie donna gloria hannah heather irene jean jo joyce kelly kim-not ' +
    'lauren leah lucy megyn maxine nina olivia pamela rachel rose ruth sally samantha shannon sheila ' +
    'sonia stacey tammy tina valerie vanessa veronica victoria virginia wendy yvonne zoe dana debra ' +
    'donna ellen erin eva grace jill judy kathleen lindsay loretta marsha martha meghan megan molly ' +
    'nora paula robin rosa roxanne sylvia tara tracy wanda alicia andrea april beth brenda carla ' +
    'chelsea claire connie dianne elaine elena eleanor evelyn felicia frances georgia hope jacqueline ' +
    'janice jeanne kay kristen leslie lois lorraine lynn marcia marsha melissa michele monica natalie ' +
    'norma peggy priscilla rhonda rita roberta sheryl shirley suzanne terri theresa tiffany yolanda ' +
    'jeanine dana bernadette stacey-abrams gretchen kristi kari ilhan alexandria rashida ayanna ' +
    'marsha joni mazie tammy patty dianne lisa-murkowski susana jan').split(' ').filter((n) => !n.includes('-')),
);
