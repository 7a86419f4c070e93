import type { Actor, Event } from '../schema/dataset.ts';
import { Side } from '../schema/enums.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { compareIds, compareText } from './list-query.ts';

/** Another actor who took part in some of the same events, and those events (chronological). */
export type Counterpart = { actor: Actor; events: Event[] };

export type CounterpartGroup = {
  side: Side;
  /** True for the actor's own side ("alongside"), false for the other sides ("across"). */
  ownSide: boolean;
  counterparts: Counterpart[];
};

/**
 * Who an actor met or spoke with: every other actor listed as a participant (`event.actorIds`)
 * in an event the actor is also a participant of. Being quoted about an event (a speaker only)
 * is not taking part in it, so speakers do not count here. Grouped by side: the other sides
 * first, in schema order, then the actor's own side; within a group, the most shared events
 * first, then by name and id. Ids the registry does not know are left out (`checkIntegrity`
 * reports them).
 *
 *   events: e1 [austin, wei-fenghe], e2 [austin, wei-fenghe, xu-qiliang], e3 [austin, us-dod]
 *   counterparts(austin) → prc: wei-fenghe [e1, e2], xu-qiliang [e2] · us (own side): us-dod [e3]
 */
export function counterparts(index: DatasetIndex, actorId: string): CounterpartGroup[] {
  const self = index.actorsById.get(actorId);
  if (!self) return [];
  const shared = new Map<string, Event[]>();
  for (const event of index.eventsByActor.get(actorId) ?? []) {
    if (!event.actorIds.includes(actorId)) continue;
    for (const other of new Set(event.actorIds)) {
      if (other === actorId || !index.actorsById.has(other)) continue;
      const list = shared.get(other);
      if (list) list.push(event);
      else shared.set(other, [event]);
    }
  }
  const all: Counterpart[] = [...shared].map(([id, events]) => ({ actor: index.actorsById.get(id)!, events }));
  all.sort(
    (a, b) => b.events.length - a.events.length || compareText(a.actor.name, b.actor.name) || compareIds(a.actor.id, b.actor.id),
  );
  const sides = [...Side.options.filter((s) => s !== self.side), self.side];
  return sides
    .map((side) => ({ side, ownSide: side === self.side, counterparts: all.filter((c) => c.actor.side === side) }))
    .filter((group) => group.counterparts.length > 0);
}
