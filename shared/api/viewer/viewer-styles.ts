/** The viewer's styles: eight speaker colours (classes `speaker-0`…`speaker-7`) and a quiet page around them. */
export const VIEWER_STYLES = `
:root { --ink: #1d2330; --muted: #6b7280; --line: #e5e7eb; --paper: #fbfaf7; --accent: #9a3412; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 Georgia, 'Times New Roman', serif; }
a { color: var(--accent); }
.masthead { display: flex; align-items: baseline; gap: 12px; padding: 14px 28px; border-bottom: 1px solid var(--line); background: #fff; }
.brand { font-size: 24px; font-weight: bold; text-decoration: none; color: var(--ink); letter-spacing: 0.5px; }
.tagline, .muted { color: var(--muted); font-family: system-ui, sans-serif; font-size: 14px; }
main { max-width: 1100px; margin: 0 auto; padding: 20px 28px 60px; }
h1 { font-size: 28px; line-height: 1.25; margin: 8px 0 4px; }
h2 { font: 600 13px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 1px; color: var(--muted); margin: 28px 0 10px; }
.meta { font: 13px/1.5 system-ui, sans-serif; color: var(--muted); display: flex; flex-wrap: wrap; gap: 6px 16px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font: 600 11px/1.6 system-ui, sans-serif; letter-spacing: 0.5px; background: #e5e7eb; color: #374151; }
.badge.SUMMARIZED { background: #dcfce7; color: #166534; }
.badge.FAILED { background: #fee2e2; color: #991b1b; }
.badge.PROCESSING, .badge.PENDING { background: #fef3c7; color: #92400e; }
.error-box { border-left: 4px solid #dc2626; background: #fef2f2; padding: 10px 14px; font-family: system-ui, sans-serif; font-size: 14px; }
.article-list { list-style: none; padding: 0; margin: 0; }
.article-list li { padding: 14px 0; border-bottom: 1px solid var(--line); }
.article-list .title { font-size: 19px; text-decoration: none; color: var(--ink); }
.article-list .title:hover { color: var(--accent); }
button { font: 14px system-ui, sans-serif; padding: 6px 14px; border: 1px solid var(--line); background: #fff; border-radius: 6px; cursor: pointer; margin-top: 14px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 36px; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.summary li, .key-points li { margin-bottom: 6px; }
.speakers { list-style: none; padding: 0; margin: 0; font-family: system-ui, sans-serif; font-size: 14px; }
.speakers li { padding: 8px 0 10px; border-bottom: 1px solid var(--line); }
.speakers .name { font-weight: 600; }
.speakers .digest { color: #374151; font-family: Georgia, serif; font-style: italic; margin-top: 3px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 3px; margin-right: 7px; vertical-align: baseline; }
aside { position: sticky; top: 12px; }
.article-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; font-size: 17px; line-height: 1.7; }
mark.quote { color: inherit; padding: 1px 0; border-radius: 2px; border-bottom: 2px solid; cursor: help; }
.speaker-0 { background: #dbeafe; border-color: #2563eb; }
.speaker-1 { background: #fde2e4; border-color: #db2777; }
.speaker-2 { background: #dcfce7; border-color: #16a34a; }
.speaker-3 { background: #fef3c7; border-color: #d97706; }
.speaker-4 { background: #ede9fe; border-color: #7c3aed; }
.speaker-5 { background: #cffafe; border-color: #0891b2; }
.speaker-6 { background: #ffedd5; border-color: #ea580c; }
.speaker-7 { background: #e0e7ff; border-color: #4f46e5; }
.speaker-none { background: #f3f4f6; border-color: #9ca3af; border-bottom-style: dashed; }
.swatch { border-width: 2px; border-style: solid; }
`;
