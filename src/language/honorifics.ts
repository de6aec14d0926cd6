// Titles that stand before a person's name ("Mr", "Dr."): one list for the parser and the linker.
export const HONORIFICS = /^(mr|mrs|ms|miss|dr|prof|professor|sir|dame|mx|madam)\.?$/i;
