/** Replaces one marked section of `file` (or appends it); a new file starts with `header`. */
export function writeMarkedSection(file: string, header: string, name: string, markdown: string): void;
