// A law is a bill until it passes, and stories before the vote name it so: "the Virtual Asset Service Providers Bill,
// 2025" is the Act the database holds. Forms are made on folded keys, as the declined ones are (inflect*.ts); a form
// another entity's alias already claims stays with it.
import { foldKey } from './fold.js';
import { endsInHangul } from './inflect-korean.js';

// Folded keys hold Hangul as its jamo (NFKD), so the endings are folded too.
const LAW = foldKey('법');
const BILL_SUFFIX = foldKey('안');
// "외국환거래법령": the act with the decrees made under it, which stories name as the act.
const STATUTES_SUFFIX = foldKey('령');

/**
 * An English law's name as a bill: "digital assets act" → "digital assets bill". A law named by one word, usually an
 * acronym ("GENIUS Act", "CLARITY Act"), is what Japanese stories write before 法案 (bill) or 法, with or without a
 * space: "GENIUS法案", "CLARITY 法案". A Korean law's name ending in 법 is a bill ending in 법안, and the act with
 * its decrees ending in 법령.
 */
export function billForms(key: string): string[] {
  // Korean: a law ending in 법 is a bill as 법안 ("디지털자산기본법안"); particles after it are the matcher's rule.
  if (key.endsWith(LAW) && endsInHangul(key.slice(0, -LAW.length))) return [`${key}${BILL_SUFFIX}`, `${key}${STATUTES_SUFFIX}`];
  if (!key.endsWith(' act')) return [];
  const name = key.slice(0, -' act'.length);
  const forms = [`${name} bill`];
  if (/^[a-z0-9]+$/.test(name)) forms.push(`${name}法案`, `${name} 法案`, `${name}法`, `${name} 法`);
  return forms;
}
