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
