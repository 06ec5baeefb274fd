// Across the items of one story a person is often named in full once ("Elena Saavedra") and by surname after
// ("Saavedra"), each item read on its own. Within the story a lone surname that ends exactly one full name is
// that person.
export interface NamedEntity {
  id: string;
  type: string;
}

/** Surname id → the one full-name id it stands for in this story (people only; ambiguous surnames stay apart). */
export function surnamesToFullNames(entities: Iterable<NamedEntity>): Map<string, string> {
  const people = new Set<string>();
  for (const e of entities) if (e.type === 'PERSON') people.add(e.id);
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const id of people) {
    const parts = id.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1].toLowerCase();
    const set = fullNamesBySurname.get(surname) ?? new Set<string>();
    set.add(id);
    fullNamesBySurname.set(surname, set);
  }
  const resolved = new Map<string, string>();
  for (const id of people) {
    if (/\s/.test(id)) continue;
    const candidates = fullNamesBySurname.get(id.toLowerCase());
    if (candidates?.size === 1) resolved.set(id, [...candidates][0]);
  }
  return resolved;
}
