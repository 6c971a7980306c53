// A law is a bill until it passes, and stories before the vote name it so: "the Virtual Asset Service Providers Bill,
// 2025" is the Act the database holds. Forms are made on folded keys, as the declined ones are (inflect*.ts); a form
// another entity's alias already claims stays with it.

/**
 * An English law's name as a bill: "digital assets act" → "digital assets bill". A law named by one word, usually an
 * acronym ("GENIUS Act", "CLARITY Act"), is what Japanese stories write before 法案 (bill) or 法, with or without a
 * space: "GENIUS法案", "CLARITY 法案".
 */
export function billForms(key: string): string[] {
  if (!key.endsWith(' act')) return [];
  const name = key.slice(0, -' act'.length);
  const forms = [`${name} bill`];
  if (/^[a-z0-9]+$/.test(name)) forms.push(`${name}法案`, `${name} 法案`, `${name}法`, `${name} 法`);
  return forms;
}
