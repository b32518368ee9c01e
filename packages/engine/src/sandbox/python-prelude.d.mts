export function pythonPrelude(maxOutputChars: number): string;
