/** Text matched literally inside a regular expression built from corpus words (names, aliases). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
