// The one way a compare-and-set that lost is signalled inside a transaction: the row moved on since
// the card was drawn (a double click, a second device, another instance). Throwing it rolls the
// whole transaction back; `Store.attempt` turns it into `undefined` for the handler to answer with
// the current state.

export class LostRace extends Error {
  constructor() {
    super('lost compare-and-set');
    this.name = 'LostRace';
  }
}

/** The value a compare-and-set returned, or a LostRace when it returned nothing (the row moved on). */
export function won<T>(value: T | undefined | null | false): T {
  if (value === undefined || value === null || value === false) throw new LostRace();
  return value;
}

export function isLostRace(err: unknown): err is LostRace {
  return err instanceof LostRace;
}
