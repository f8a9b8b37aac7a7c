import { InvalidArgumentError, Option } from 'commander';

/**
 * Flags whose values the parser checks, so a bad one is a usage error (exit 2) naming the flag
 * before any request is sent, not the API's 422 (exit 3) after it. One place for the kinds the
 * commands share: a choice among values, a whole number in a range, a spend in USD.
 */
export function choiceOption(
  flags: string,
  description: string,
  choices: readonly string[],
  fallback?: string,
) {
  const option = new Option(flags, description).choices(choices);
  return fallback === undefined ? option : option.default(fallback);
}

export function wholeNumberOption(
  flags: string,
  description: string,
  range: { min: number; max: number },
  fallback: number,
) {
  return new Option(flags, description)
    .argParser((value: string) => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < range.min || number > range.max) {
        throw new InvalidArgumentError(`must be a whole number from ${range.min} to ${range.max}.`);
      }
      return number;
    })
    .default(fallback);
}

export function usdOption(flags: string, description: string) {
  return new Option(flags, description).argParser((value: string) => {
    const usd = Number(value);
    if (value.trim() === '' || !Number.isFinite(usd) || usd <= 0) {
      throw new InvalidArgumentError('must be a positive amount in USD.');
    }
    return usd;
  });
}

/** A rate in (0, 1], as the API's sampling rates. */
export function rateOption(flags: string, description: string) {
  return new Option(flags, description).argParser((value: string) => {
    const rate = Number(value);
    if (value.trim() === '' || !(rate > 0 && rate <= 1)) {
      throw new InvalidArgumentError('must be a number greater than 0 and at most 1.');
    }
    return rate;
  });
}

/** A moment as unix seconds or an ISO 8601 date (`2026-01-31`, `2026-01-31T12:00Z`), sent as unix seconds. */
export function timeOption(flags: string, description: string) {
  return new Option(flags, description).argParser((value: string) => {
    const asNumber = Number(value);
    const seconds =
      value.trim() !== '' && Number.isFinite(asNumber) ? asNumber : Math.floor(Date.parse(value) / 1000);
    if (!Number.isSafeInteger(seconds) || seconds < 0) {
      throw new InvalidArgumentError('must be unix seconds or an ISO 8601 date.');
    }
    return seconds;
  });
}
