// A photo caption kept in the text ("FILE PHOTO: …", "[Image: …]", "Pictured: …"): what it shows is
// true, but the date it gives is when the picture was taken, not when the event happened.

const CAPTION = /^\[?\s*(?:file photo|photo|image|picture|photograph|pictured)\b[^:\n]{0,30}:/i;

export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}
