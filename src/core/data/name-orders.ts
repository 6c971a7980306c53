// Chinese and Korean names put the family name first ("Lo Ming-tsai", "Lee Jae-myung"), and the entity is named so.
// Some English-language outlets turn them round to the Western order ("Ming-tsai Lo", "Jae-myung Lee"); a reader
// knows both for one person. The build adds that order as a name of its own (compile.ts).

// Places whose officials' names are written family name first in English.
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'SG']);

// A family name of one word and a hyphenated given name: the shape of a romanised Chinese or Korean name.
const FAMILY_THEN_GIVEN = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+-\p{Ll}+)$/u;

/** The name in the Western order ("Ming-tsai Lo" for "Lo Ming-tsai"), or undefined when it has not that shape. */
export function westernOrder(name: string, country: string): string | undefined {
  if (!FAMILY_NAME_FIRST.has(country)) return undefined;
  const match = FAMILY_THEN_GIVEN.exec(name.trim());
  return match ? `${match[2]} ${match[1]}` : undefined;
}
