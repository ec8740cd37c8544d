// The change theory's figures in the digest card (issue 16; definitions in domain/figures-change.ts):
// six months after exit, power over one's situation, closer to work, support at start and at exit,
// activities by kind and gender. Shown for since the start when the digest has a start, else for its
// period. Pure: figures + strings in, card elements out; small groups masked in a shared channel.
import { supportRows, type ChangeFigures, type RisenFigure } from '../domain/figures-change';
import { ACTIVITY_KINDS } from '../domain/model';
import type { RisenMask } from '../domain/small-groups';
import type { SupportSource } from '../domain/types';
import { subheading, text, type Element } from './core';
import { figure } from './digest-blocks';
import type { SectionContext } from './digest-sections';

const bold = (s: string): Element => text(`**${s}**`, { spacing: 'Medium' });
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function risenBlock(c: SectionContext, label: string, f: RisenFigure, m?: RisenMask): Element[] {
  const { d, people, shares, mk } = c;
  const caution = mk.caution(f.rated.total, m?.share.total) ? d.caution.rated(f.rated.total) : null;
  return [
    bold(label),
    ...figure(d.change.rated, people(f.rated, m?.rated)),
    // rated × share is the number risen: the count itself would only make the card longer
    ...figure(d.change.risenShare, shares(f.share, m?.share), caution),
  ];
}

function selfSupportBlock(c: SectionContext, ch: ChangeFigures): Element[] {
  const { d, people, shares, mk, mask } = c;
  const s = ch.selfSupport6m;
  const m = mask?.change.selfSupport6m;
  const answered = s.yes.total + s.no.total;
  const caution = mk.caution(answered, m?.share.total) ? d.caution.answers(answered) : null;
  return [
    bold(d.change.selfSupport6m),
    ...figure(d.change.yes, people(s.yes, m?.yes)),
    ...figure(d.change.no, people(s.no, m?.no)),
    ...figure(d.change.unknown, people(s.unknown, m?.unknown)),
    ...figure(d.change.yesShare, shares(s.share, m?.share), caution),
  ];
}

function supportBlock(c: SectionContext, ch: ChangeFigures): Element[] {
  const { t, d, people, mask } = c;
  const rows = supportRows(ch.supportAtStartAndExit);
  const name = (s: SupportSource | null) => (s ? t.participants.support[s] : '');
  return [
    bold(d.change.support),
    ...(rows.length === 0
      ? [text(d.change.none, { isSubtle: true, spacing: 'None' })]
      : rows.flatMap((r) =>
          figure(
            r.key === 'rest' ? d.change.rest : d.change.arrow(name(r.start), name(r.exit)),
            people(r.count, mask?.change.support[r.key]),
          ),
        )),
  ];
}

function activitiesBlock(c: SectionContext, ch: ChangeFigures): Element[] {
  const { t, d, people, mk, mask } = c;
  return [
    bold(d.change.activities),
    ...ACTIVITY_KINDS.flatMap((k) => {
      const f = ch.activitiesByKindAndGender[k];
      const m = mask?.change.activities[k];
      const kind = capital(t.plan.kind[k]);
      const per = f.perParticipant;
      return [
        ...figure(kind, people(f.activities, m?.activities)),
        ...figure(d.change.perParticipant(kind), [
          mk.text(d.change.ratio(per.total), m?.perParticipant.total),
          mk.text(d.change.ratio(per.women), m?.perParticipant.women),
          mk.text(d.change.ratio(per.men), m?.perParticipant.men),
        ]),
      ];
    }),
  ];
}

/** The change theory's figures: since the start when the digest has one, else the period's. */
export function changeSections(c: SectionContext, change: ChangeFigures): Element[] {
  const { d, cum, mask } = c;
  return [
    subheading(`${d.change.title} – ${cum ? d.columns.cumulative : d.columns.period}`),
    c.genders,
    ...selfSupportBlock(c, change),
    ...risenBlock(c, d.change.control, change.controlRisen, mask?.change.controlRisen),
    ...risenBlock(c, d.change.closer, change.closerToWork, mask?.change.closerToWork),
    ...supportBlock(c, change),
    ...activitiesBlock(c, change),
  ];
}
