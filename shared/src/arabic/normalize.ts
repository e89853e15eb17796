// Arabic diacritics (tashkeel), Quranic marks and the superscript alef.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_DIGITS = /[\u06F0-\u06F9]/g;

/**
 * Reduces Arabic text to the form people type when searching: no diacritics or tatweel,
 * أ إ آ ٱ as ا, ة as ه, ى as ي, Latin digits, lower-case Latin, and each word without a leading ال.
 * Stored search keys and queries go through the same function, so they match whichever way either was written.
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map(stripDefiniteArticle)
    .join(' ');
}

/** "الإسكان" → "اسكان", "والهجرة" → "وهجره"; a word that is only "ال" plus one letter is kept. */
function stripDefiniteArticle(word: string): string {
  for (const prefix of ['وال', 'بال', 'فال', 'كال', 'ال']) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      return prefix.length > 2 ? prefix[0] + word.slice(prefix.length) : word.slice(prefix.length);
    }
  }
  return word;
}

/** The search key stored beside a record: every searchable text, normalized, joined by spaces. */
export function searchKey(...parts: Array<string | null | undefined>): string {
  return normalizeArabic(parts.filter((part): part is string => Boolean(part)).join(' '));
}
