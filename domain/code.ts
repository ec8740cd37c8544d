import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud in meetings and typed by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A pseudonymous participant code like D-4F7K. Random, so it says nothing about the person. */
export function newParticipantCode(length = 4, rand: (max: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[rand(ALPHABET.length)];
  return `D-${s}`;
}

export const PARTICIPANT_CODE = /^D-[2-9A-HJKMNP-Z]{4,8}$/;

export function normalizeCode(input: string): string {
  return input.trim().toUpperCase();
}
