// Entities known by several names on the wire: one canonical name each, its type, and its aliases.
// Capitals that stand for governments ("Washington said") are aliases of their country when they act.
import type { EntityType } from '../extract/types.ts';

export interface KnownEntity {
  id: string;
  type: EntityType;
  aliases: string[];
}

export const KNOWN_ENTITIES: KnownEntity[] = [
  { id: 'Islamic State', type: 'ORG', aliases: ['Islamic State group', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Daech', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'] },
  { id: 'United States', type: 'GPE', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'] },
  { id: 'United Kingdom', type: 'GPE', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { id: 'United Nations', type: 'ORG', aliases: ['UN', 'U.N.'] },
  { id: 'European Union', type: 'ORG', aliases: ['EU', 'E.U.'] },
  { id: 'NATO', type: 'ORG', aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { id: 'Pentagon', type: 'ORG', aliases: ['US Department of Defense', 'Department of Defense', 'US Pentagon'] },
  { id: 'Hamas', type: 'ORG', aliases: [] },
  { id: 'World Health Organization', type: 'ORG', aliases: ['WHO'] },
  { id: 'International Monetary Fund', type: 'ORG', aliases: ['IMF'] },
  { id: 'European Space Agency', type: 'ORG', aliases: ['ESA'] },
  { id: 'Red Cross', type: 'ORG', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { id: 'Global Coalition against Daesh', type: 'ORG', aliases: ['US-led coalition', 'anti-Islamic State group international coalition', 'Global Coalition to Defeat ISIS'] },
  // Rating agencies, whose names keep their "'s" ("Moody's said" is no possessive)
  { id: "Moody's", type: 'ORG', aliases: ["Moody's Investors Service", "Moody's Investors Service Inc"] },
  { id: "Standard & Poor's", type: 'ORG', aliases: ["Standard and Poor's", "Standard & Poor's Corp", "Standard and Poor's Corp", 'S&P', 'S and P'] },
  // News agencies
  { id: 'Agence France-Presse', type: 'ORG', aliases: ['AFP'] },
  { id: 'Associated Press', type: 'ORG', aliases: ['AP'] },
  { id: 'Reuters', type: 'ORG', aliases: [] },
  { id: 'Bangladesh Sangbad Sangstha', type: 'ORG', aliases: ['BSS'] },
  { id: 'Deutsche Presse-Agentur', type: 'ORG', aliases: ['dpa', 'DPA'] },
  { id: 'Agenzia Nazionale Stampa Associata', type: 'ORG', aliases: ['ANSA'] },
  { id: 'Agencia EFE', type: 'ORG', aliases: ['EFE'] },
  { id: 'Australian Associated Press', type: 'ORG', aliases: ['AAP'] },
  { id: 'Press Association', type: 'ORG', aliases: ['PA'] },
  { id: 'Meridian Press', type: 'ORG', aliases: ['MP'] },
  { id: 'Northwire', type: 'ORG', aliases: ['NW'] },
  { id: 'Baltic News Desk', type: 'ORG', aliases: ['BND'] },
  { id: 'Agencia Sur', type: 'ORG', aliases: ['ASUR'] },
];

/** Capitals whose name, as the subject of a speech or action verb, means the government. */
export const CAPITAL_GOVERNMENTS: Record<string, string> = {
  Washington: 'United States',
  Moscow: 'Russia',
  Beijing: 'China',
  London: 'United Kingdom',
  Paris: 'France',
  Berlin: 'Germany',
  Tehran: 'Iran',
  Baghdad: 'Iraq',
  Kyiv: 'Ukraine',
  Ankara: 'Turkey',
  Tokyo: 'Japan',
  Damascus: 'Syria',
  Riyadh: 'Saudi Arabia',
  Jerusalem: 'Israel',
  Brussels: 'European Union',
};

const byAlias = new Map<string, KnownEntity>();
for (const e of KNOWN_ENTITIES) for (const a of [e.id, ...e.aliases]) byAlias.set(a.toLowerCase(), e);
// Acronyms must match case exactly: "IS" the group, never the verb "is".
const caseSensitive = new Set(KNOWN_ENTITIES.flatMap((e) => e.aliases.filter((a) => a.length <= 4 && a === a.toUpperCase())));

export function lookupAlias(text: string): KnownEntity | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  const e = byAlias.get(t.toLowerCase());
  if (!e) return undefined;
  if (t.length <= 4 && !caseSensitive.has(t) && t !== e.id && !e.aliases.includes(t)) return undefined;
  return e;
}

/** Every alias, longest first, for scanning text. */
export function aliasSurfaces(): string[] {
  return [...byAlias.keys()].sort((a, b) => b.length - a.length);
}
