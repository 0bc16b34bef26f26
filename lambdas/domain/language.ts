export type Language = 'ar' | 'en';

/** Arabic when Arabic letters outnumber Latin ones, English otherwise (the two first-class languages). */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > latin ? 'ar' : 'en';
}
