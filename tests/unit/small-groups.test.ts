import { describe, expect, it } from 'vitest';
import { emptyCount, type PersonCount } from '../../domain/figures';
import {
  protectCount,
  protectCounts,
  protectFigures,
  shareMask,
  SmallGroups,
} from '../../domain/small-groups';

const count = (women: number, men: number, other = 0): PersonCount => ({
  total: women + men + other,
  women,
  men,
  other,
});

describe('small groups (diskretionering)', () => {
  it('hides a group of 1–4 as "few" and shows 0 and 5', () => {
    expect(protectCount(count(0, 5), 5)).toEqual({});
    expect(protectCount(count(5, 5), 5)).toEqual({});
    expect(protectCount(count(4, 0), 5)).toEqual({ total: 'few', women: 'few' });
    expect(protectCount(count(1, 0), 5)).toEqual({ total: 'few', women: 'few' });
  });

  it('hides the cell that would give a hidden one away by subtraction: the smallest positive one', () => {
    expect(protectCount(count(4, 6), 5)).toEqual({ women: 'few', men: 'hidden' });
    expect(protectCount(count(4, 9, 7), 5)).toEqual({ women: 'few', other: 'hidden' });
  });

  it('needs no second cell when two are hidden already', () => {
    expect(protectCount(count(3, 2, 6), 5)).toEqual({ women: 'few', men: 'few' });
  });

  it('hides a zero only when no positive cell is left to hide', () => {
    expect(protectCount(count(3, 0, 0), 5)).toEqual({ total: 'few', women: 'few' });
    expect(protectCount({ total: 7, women: 3, men: 0, other: 0 }, 5)).toEqual({
      women: 'few',
      total: 'hidden',
    });
  });

  it('closes columns that add up to a sum shown elsewhere', () => {
    // groups work 3+7, studies 6+8 add up to exits 9+15: work women hidden gives studies women away
    const work = count(3, 7);
    const studies = count(6, 8);
    const other = emptyCount();
    const exited = count(9, 15);
    const masks = protectCounts([work, studies, other], 5, { count: exited, mask: {} });
    expect(masks[0].women).toBe('few');
    expect(masks[1].women).toBe('hidden');
    // and each row again: 10 = hidden + 7 would give work's women away, so 7 is hidden too
    expect(masks[0].men).toBe('hidden');
    expect(masks[1].men).toBe('hidden');
  });

  it('with 1 nothing is hidden', () => {
    expect(protectCount(count(1, 2), 1)).toEqual({});
  });

  it('hides a share when the count above or below the line is hidden', () => {
    expect(shareMask({ women: 'few' }, {})).toEqual({ women: 'few' });
    expect(shareMask({}, { men: 'hidden' })).toEqual({ men: 'hidden' });
    expect(shareMask({}, {})).toEqual({});
  });

  it('hides an average change over fewer than min people, and self-support shares of a small group', () => {
    const f = {
      from: '2026-01-01',
      to: '2026-06-30',
      participants: count(10, 10),
      newParticipants: count(0, 0),
      exited: count(3, 3),
      exitsByOutcome: { arbete: count(2, 1), avbrott: count(1, 2) },
      exitsByGroup: { work: count(2, 1), studies: emptyCount(), other: count(1, 2) },
      selfSupportShare: 0.5,
      progressed3: count(5, 0),
      progressedShare: { total: 0.25, women: 0.5, men: 0 },
      ratingSessions: 4,
      activitiesStarted: 2,
      activitiesEnded: 0,
      parallelActivities: count(2, 0),
      parallelActivitiesShare: 0.1,
      averageChange: [
        { indicatorId: 'health', average: 1, count: 4 },
        { indicatorId: 'control', average: 0.5, count: 5 },
      ],
    };
    const m = protectFigures(f, 5);
    expect(m.averageChange).toEqual({ health: 'few' });
    expect(m.parallelActivitiesShare).toBe('few');
    expect(m.selfSupportShare).toBe('few');
    expect(m.progressedShare).toEqual({});
    expect(m.exitsByOutcome.arbete).toEqual({ total: 'few', women: 'few', men: 'few' });
  });
});

describe('the small-groups rule over every table of a digest', () => {
  it('hides a shown part when the rest of its whole (whole − part, never shown) is a small group', () => {
    const g = new SmallGroups(5);
    g.count('active', count(9, 10));
    g.count('progressed', count(5, 10));
    g.nested('active', count(9, 10), 'progressed', count(5, 10), 'notProgressed');
    g.solve();
    // 9 − 5 = 4 women did not progress: the 5 who did are hidden, and with them the total 15
    expect(g.mask('progressed')).toEqual({ women: 'hidden', total: 'hidden' });
    expect(g.mask('active')).toEqual({});
  });

  it('counts a group shown in two tables once: hidden in one, hidden in both', () => {
    const g = new SmallGroups(5);
    g.count('exited', count(3, 8));
    g.count('exited', count(3, 8)); // the same cells again, e.g. in another section
    g.solve();
    expect(g.mask('exited')).toEqual({ women: 'few', men: 'hidden' });
  });

  it('never takes an implicit zero as the protecting cell: readers assume nobody is there', () => {
    const g = new SmallGroups(5);
    g.count('active', count(4, 6)); // "other" (0) is implicit: total − women − men
    g.solve();
    expect(g.mask('active')).toEqual({ women: 'few', men: 'hidden' });
  });

  it('hides an implicit cell with people in it before a shown one: it costs the reader nothing', () => {
    const g = new SmallGroups(5);
    g.count('active', count(4, 6, 7)); // other 7, not shown
    g.solve();
    expect(g.mask('active')).toEqual({ women: 'few', other: 'hidden' });
  });
});
