// Stories in other languages name a country's central bank by the country's name in their own language: "Banque
// centrale du Nigeria", "Banco Central de Nigeria", "Nijerya Merkez Bankası", "ナイジェリア中央銀行", "Центральный банк
// Нигерии". The build adds these names to the entity the checklist gives as the country's central bank, with the
// country names of country-names.ts. A name no story uses never matches; one another entity already has is left to it
// (compile.ts).
import { countryName, russianGenitive } from './country-names.js';

/**
 * Names of `country`'s central bank built on the country's name in English, French, Spanish, Portuguese, Turkish,
 * Japanese, Korean and Russian (German writes an adjective, "die nigerianische Zentralbank"). Korean writes the two
 * words with a space or without ("러시아 중앙은행", "러시아중앙은행"); its particles are the matcher's rule.
 */
export function centralBankNames(country: string): string[] {
  const names: string[] = [];
  const en = countryName(country, 'en');
  if (en) names.push(`Central Bank of ${en}`);
  const fr = countryName(country, 'fr');
  if (fr) names.push(...['du ', 'de la ', 'de l’', "de l'", 'des ', 'de '].map((article) => `Banque centrale ${article}${fr}`));
  const es = countryName(country, 'es');
  if (es) names.push(`Banco Central de ${es}`, `Banco Central del ${es}`);
  const pt = countryName(country, 'pt');
  if (pt) names.push(...['de ', 'do ', 'da '].map((article) => `Banco Central ${article}${pt}`));
  const tr = countryName(country, 'tr');
  if (tr) names.push(`${tr} Merkez Bankası`);
  const ja = countryName(country, 'ja');
  // Japanese news shortens 中央銀行 to 中銀 ("ブラジル中銀").
  if (ja) names.push(`${ja}中央銀行`, `${ja}中銀`);
  const ko = countryName(country, 'ko');
  if (ko) names.push(`${ko} 중앙은행`, `${ko}중앙은행`);
  const ru = countryName(country, 'ru');
  if (ru) names.push(`Центральный банк ${russianGenitive(ru)}`, `Центробанк ${russianGenitive(ru)}`);
  return names;
}
