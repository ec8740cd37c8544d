import type { Chat } from './bot';

/**
 * Opens the plan of `code` in `chat` and adds each activity through the card's add form, in order,
 * as a caseworker would (the values are the form's inputs: new_type, new_status, new_start, …).
 * Returns the last card.
 */
export async function planWith(chat: Chat, code: string, ...activities: Record<string, string>[]) {
  let card = await chat.sayOne(`plan ${code}`);
  for (const a of activities) card = await chat.click(card, 'plan.activity.add', a);
  return card;
}
