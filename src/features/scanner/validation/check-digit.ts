/** True when a 13-digit EAN-13 text carries the right GS1 mod-10 check digit. */
export function hasValidEan13CheckDigit(text: string): boolean {
  if (!/^\d{13}$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(text[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(text[12]);
}
