// Korean writes its particles straight onto a name: "금융위원회에" (at the FSC), "한국은행이" (the Bank of Korea, as
// subject), "서울남부지검은". A name followed by more Hangul is not at a word's end, so the matcher lets a name that
// ends in Hangul end a word with one of the common particles glued on, and the whole word is highlighted. The
// particles are a rule of the matcher, not forms in the index: generated for every Korean name they made a quarter
// of the index (about 8,000 keys), which every page load and every install paid for. Keys and page text are folded,
// in which a Hangul syllable is decomposed into its letters (NFKD): the particles are folded the same way. Which of
// a pair a name takes (이/가, 은/는, 을/를, 과/와, 으로/로) depends on its last sound; both are allowed, since a form no
// page contains never matches.
import { foldKey } from './fold.js';
import { isHangulUnit } from './scripts.js';

/** Folded particles, longest first, so that "에서는" is taken whole rather than as "에서" with more Hangul after. */
export const KOREAN_PARTICLES: readonly string[] = [
  '이', '가', '은', '는', '을', '를', '의', '에', '에서', '에게', '과', '와', '으로', '로', '도', '만', '까지', '부터',
  '에는', '에서는', '에도', '과의', '와의', '이나', '나', '측', '으로부터', '로부터', '이라는', '라는',
  // "like" and "than", and a few more endings stories put straight on a name: "지니어스 액트처럼", "금융위보다".
  '처럼', '보다', '에서도', '으로서', '로서', '이며', '이고', '과는', '와는', '에게서',
  // "under" a law: "특정경제범죄가중처벌법상 사기", "자본시장법상 부정거래", "특금법상의 의무".
  '상', '상의',
  // The copula in apposition or quoted: "인도 중앙은행인 인도준비은행", "금융위원회이다", "…법이라고".
  '인', '이다', '이라고', '라고',
]
  .map((particle) => foldKey(particle))
  .sort((a, b) => b.length - a.length);

// A post written straight onto its body's name: "국무조정실장" (the head of the Office for Government Policy
// Coordination), "서울지방국세청장", "한은총재", "기재부장관". The body stands inside the word, as 日銀 does in 日銀総裁,
// and the whole word, with a particle after the post ("국세청장은"), is highlighted as the body.
export const KOREAN_ROLE_SUFFIXES: readonly string[] = ['장', '장관', '차관', '차장', '총재', '부총재', '위원장', '부위원장']
  .map((suffix) => foldKey(suffix))
  .sort((a, b) => b.length - a.length);

// A committee's short name is its full name clipped after 위 (위원회 → 위): "금융위" (the Financial Services
// Commission), "공정위", "방통위". Its chair is then written as the short name and the rest of 위원장 — "금융위원장",
// "공정위원장" — so after a name that ends in 위 the post 원장 may follow as well. Only there: after any other name
// "원장" is a different word's ending.
const CLIPPED_COMMITTEE = foldKey('위');
const CLIPPED_COMMITTEE_POSTS: readonly string[] = ['원장'].map((suffix) => foldKey(suffix));
const POSTS_AFTER_CLIPPED_COMMITTEE: readonly string[] = [...KOREAN_ROLE_SUFFIXES, ...CLIPPED_COMMITTEE_POSTS];

/** Whether a folded key ends in Hangul, so that a particle may follow it. */
export function endsInHangul(key: string): boolean {
  return key.length > 0 && isHangulUnit(key.charCodeAt(key.length - 1));
}

/**
 * The length of the particle glued on at `at` in folded text, when the word ends right after it (`endsWord` says
 * whether a position ends a word); 0 when there is none.
 */
export function particleAt(text: string, at: number, endsWord: (end: number) => boolean): number {
  const particle = particleLength(text, at, endsWord);
  if (particle > 0) return particle;
  // A post glued on, alone or with a particle after it.
  const afterClippedCommittee = at >= CLIPPED_COMMITTEE.length && text.startsWith(CLIPPED_COMMITTEE, at - CLIPPED_COMMITTEE.length);
  for (const suffix of afterClippedCommittee ? POSTS_AFTER_CLIPPED_COMMITTEE : KOREAN_ROLE_SUFFIXES) {
    if (!text.startsWith(suffix, at)) continue;
    const after = at + suffix.length;
    if (endsWord(after)) return suffix.length;
    const next = particleLength(text, after, endsWord);
    if (next > 0) return suffix.length + next;
  }
  return 0;
}

/** The length of the particle that starts at `at` and ends the word, or 0. */
function particleLength(text: string, at: number, endsWord: (end: number) => boolean): number {
  for (const particle of KOREAN_PARTICLES) if (text.startsWith(particle, at) && endsWord(at + particle.length)) return particle.length;
  return 0;
}

/** A folded word without each particle it may end with (the prefilter's look at Korean text). */
export function stemsOf(word: string): string[] {
  const strip = (w: string, endings: readonly string[]): string[] =>
    endings.filter((ending) => w.length > ending.length && w.endsWith(ending)).map((ending) => w.slice(0, -ending.length));
  const bare = strip(word, KOREAN_PARTICLES);
  // "국세청장은" → "국세청장" → "국세청"; "국무조정실장" → "국무조정실"; "금융위원장은" → "금융위".
  const clipped = [word, ...bare].flatMap((w) => strip(w, CLIPPED_COMMITTEE_POSTS)).filter((w) => w.endsWith(CLIPPED_COMMITTEE));
  return [...bare, ...[word, ...bare].flatMap((w) => strip(w, KOREAN_ROLE_SUFFIXES)), ...clipped];
}
