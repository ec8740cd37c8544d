// Participant mode through the real bot, as test steps: start it on a new session's first page, the
// participant's taps, the handover and the caseworker's compact cards.
import { expect } from 'vitest';
import { SAMSYN_STANDARD, selfRated } from '../../domain/instruments';
import type { Chat } from './bot';
import { allText, hasAction } from './cards';

const SELF = selfRated(SAMSYN_STANDARD);
/** Scores that differ by indicator, so a mix-up shows: self 1,2,3,4,5,vet ej,1,…; staff the reverse. */
export const SELF_VALUE = (i: number) => ['1', '2', '3', '4', '5', 'vet_ej'][i % 6]!;
export const STAFF_VALUE = (i: number) => ['5', '4', '3', '2', '1', 'vet_ej'][i % 6]!;

/** Starts participant mode from the first page of a new session. */
export async function startParticipant(chat: Chat, code: string, lang: string): Promise<any> {
  const page0 = await chat.sayOne(`skattning ${code}`);
  expect(allText(page0)).toContain('Låt deltagaren svara själv');
  return chat.click(page0, 'rating.participant', { lang });
}

/** The participant's taps, the handover, the caseworker's taps: to the job-search card. */
export async function participantSession(
  chat: Chat,
  first: any,
  seen: any[] = [],
  selfValue: (i: number) => string = SELF_VALUE,
): Promise<any> {
  let card = first;
  for (let i = 0; i < SELF.length; i++) {
    seen.push(card);
    card = await chat.click(card, 'rating.answer', {}, { value: selfValue(i) });
  }
  seen.push(card);
  expect(hasAction(card, 'rating.staff')).toBe(false);
  card = await chat.click(card, 'rating.next');
  expect(allText(card)).toContain('Din skattning');
  return staffPages(chat, card, STAFF_VALUE);
}

/** The caseworker's compact cards, four indicators each: a tap per indicator, then Next. */
export async function staffPages(
  chat: Chat,
  first: any,
  value: (i: number) => string,
): Promise<any> {
  let card = first;
  for (const [i, ind] of SAMSYN_STANDARD.indicators.entries()) {
    card = await chat.click(card, 'rating.staff', {}, { indicatorId: ind.id, value: value(i) });
    if (i % 4 === 3 || i === SAMSYN_STANDARD.indicators.length - 1)
      card = await chat.click(card, 'rating.next');
  }
  return card;
}
