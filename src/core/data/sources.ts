// How good a cited page is, and which citations the build refuses. The judgement is data
// (assets/data/rules/tiers.json and assets/data/rules/sources.json); this module only applies it, so adding a
// publisher or a refusal is an edit to those files, reviewed like any other fact.
import { z } from 'zod';

export const Tier = z.enum(['official', 'major-news', 'reference', 'secondary']);
export type Tier = z.infer<typeof Tier>;

/** Tiers that may carry a fact on their own; a fact or role needs at least one source of these. */
export const CITABLE_TIERS: readonly Tier[] = ['official', 'major-news', 'reference'];

/** assets/data/rules/tiers.json: registrable domains (or public suffixes such as "gov", "go.jp") and their tier. */
export const TierTable = z.strictObject({
  $comment: z.string().optional(),
  domains: z.record(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/, 'a lower-case domain without "www." or a trailing dot'), Tier),
});

const Rule = z.strictObject({
  pattern: z.string().min(1), // a JavaScript regular expression, matched case-insensitively
  reason: z.string().min(1), // what the build says when it refuses
});

/** assets/data/rules/sources.json: addresses, titles and outlets the build refuses. */
export const SourceRuleFile = z.strictObject({
  $comment: z.string().optional(),
  urls: z.array(Rule), // staging, CDN, IPFS, mail-redirect, archive and mirror addresses
  titles: z.array(Rule), // placeholder titles ("[headline not shown in stored copy]")
  republishers: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/)), // domains that repost other outlets' stories
});

export type TierTable = z.infer<typeof TierTable>;
export type SourceRuleFile = z.infer<typeof SourceRuleFile>;

interface CompiledRule {
  regex: RegExp;
  reason: string;
}

/** The rules, parsed once: what compileData checks every web source and coverage record against. */
export interface SourceRules {
  tierOfHost(host: string): Tier | undefined;
  badUrl(url: string): string | undefined;
  placeholderTitle(title: string): string | undefined;
  isRepublisher(url: string): boolean;
}

/** The host as the tier table spells it: lower case, without "www." and without a trailing dot. */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d?\./, '');
}

/** The host and each of its parent domains, most specific first ("a.b.gov.uk", "b.gov.uk", "gov.uk", "uk"). */
function suffixes(host: string): string[] {
  const parts = host.split('.');
  return parts.map((_, i) => parts.slice(i).join('.'));
}

export function sourceRules(tiers: TierTable, rules: SourceRuleFile): SourceRules {
  const compile = (list: readonly { pattern: string; reason: string }[]): CompiledRule[] =>
    list.map((r) => ({ regex: new RegExp(r.pattern, 'iu'), reason: r.reason }));
  const urlRules = compile(rules.urls);
  const titleRules = compile(rules.titles);
  const republishers = new Set(rules.republishers);
  const firstMatch = (list: CompiledRule[], text: string) => list.find((r) => r.regex.test(text))?.reason;
  return {
    tierOfHost: (host) => {
      for (const suffix of suffixes(host)) {
        const tier = tiers.domains[suffix];
        if (tier) return tier;
      }
      return undefined;
    },
    badUrl: (url) => firstMatch(urlRules, url),
    placeholderTitle: (title) => firstMatch(titleRules, title),
    isRepublisher: (url) => suffixes(hostOf(url)).some((s) => republishers.has(s)),
  };
}

/** Checks the rule files' regular expressions, so a typo fails with the file's name rather than deep in the build. */
export function parseSourceRules(tiersJson: unknown, rulesJson: unknown): { ok: true; rules: SourceRules } | { ok: false; message: string } {
  const tiers = TierTable.safeParse(tiersJson);
  if (!tiers.success) return { ok: false, message: `tiers: ${tiers.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  const rules = SourceRuleFile.safeParse(rulesJson);
  if (!rules.success) return { ok: false, message: `rules: ${rules.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  try {
    return { ok: true, rules: sourceRules(tiers.data, rules.data) };
  } catch (error) {
    return { ok: false, message: `rules: ${(error as Error).message}` };
  }
}
