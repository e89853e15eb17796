/** Input props for text that reads left to right (English names, phone numbers, emails) inside an Arabic form. */
export const LTR_INPUT = { htmlInput: { dir: 'ltr' } } as const;
