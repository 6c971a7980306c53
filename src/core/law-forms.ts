// A law is a bill until it passes, and stories before the vote name it so: "the Virtual Asset Service Providers Bill,
// 2025" is the Act the database holds. Forms are made on folded keys, as the declined ones are (inflect*.ts); a form
// another entity's alias already claims stays with it.

/** An English law's name as a bill: "digital assets act" → "digital assets bill". */
export function billForms(key: string): string[] {
  return key.endsWith(' act') ? [`${key.slice(0, -' act'.length)} bill`] : [];
}
