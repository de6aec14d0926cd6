// Autocomplete: corpus people and organisations (fuzzy, by the core) and IANA time zones.
import type { AutocompleteInteraction } from 'discord.js';
import { entityOptions, ZONE_OPTION } from './command-definitions.js';
import type { HandlerDeps } from './discord-context.js';
import { truncateText } from './truncate-text.js';

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE = 100;

export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  deps: HandlerDeps,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value).slice(0, MAX_CHOICE);
  const names = entityOptions.has(focused.name)
    ? deps
        .dossier()
        .complete(typed, MAX_CHOICES)
        .map((choice) => choice.name)
    : focused.name === ZONE_OPTION
      ? matchZones(typed)
      : [];
  const choices = [...new Set(names.map((name) => truncateText(name, MAX_CHOICE)))]
    .slice(0, MAX_CHOICES)
    .map((name) => ({ name, value: name }));
  await interaction.respond(choices);
}

let zones: string[] | undefined;

/** Zones containing what was typed, those starting with it first ("oslo" → Europe/Oslo). */
export function matchZones(typed: string): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone')];
  const needle = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (!needle) return zones.slice(0, MAX_CHOICES);
  const hits = zones.filter((zone) => zone.toLowerCase().includes(needle));
  const starts = (zone: string) => {
    const lower = zone.toLowerCase();
    return lower.startsWith(needle) || lower.includes(`/${needle}`);
  };
  return [...hits.filter(starts), ...hits.filter((zone) => !starts(zone))].slice(0, MAX_CHOICES);
}
