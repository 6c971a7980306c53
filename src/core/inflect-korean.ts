// Korean writes its particles straight onto a name: "금융위원회에" (at the FSC), "한국은행이" (the Bank of Korea, as
// subject), "서울남부지검은". A name followed by more Hangul is not at a word's end, so the build expands each alias
// ending in Hangul into the name with each common particle, as it does Turkish case endings, and the whole word is
// highlighted. Keys are folded text, in which a Hangul syllable is decomposed into its letters (NFKD): the particles
// are folded the same way. Which of a pair a name takes (이/가, 은/는, 을/를, 과/와, 으로/로) depends on its last
// sound; both are generated, since a form no page contains never matches.
import { foldKey } from './fold.js';

const PARTICLES = [
  '이', '가', '은', '는', '을', '를', '의', '에', '에서', '에게', '과', '와', '으로', '로', '도', '만', '까지', '부터',
  '에는', '에서는', '에도', '과의', '와의', '이나', '나', '측', '으로부터', '로부터', '이라는', '라는',
  // "under" a law: "특정경제범죄가중처벌법상 사기", "자본시장법상 부정거래", "특금법상의 의무".
  '상', '상의',
].map((particle) => foldKey(particle));

const ENDS_IN_HANGUL = /[\u1100-\u11ff\uac00-\ud7af]$/u;

/** The name with each particle glued on, for a folded key ending in Hangul; any other key is returned alone. */
export function koreanForms(key: string): string[] {
  if (!ENDS_IN_HANGUL.test(key)) return [key];
  return [key, ...PARTICLES.map((particle) => key + particle)];
}
