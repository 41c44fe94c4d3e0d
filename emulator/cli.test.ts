import { describe, expect, it } from 'vitest';

import { CliError, maskPid, parseArgs, parseGenerate } from './cli.ts';

describe('parseArgs', () => {
  it('reads flags, repeatable origins, and lets flags beat the environment', () => {
    const options = parseArgs(
      [
        '--platform-port',
        '6101',
        '--app-origin',
        'http://127.0.0.1:3000/',
        '--app-origin=http://localhost:4000',
        '--data',
        'x',
      ],
      { EMULATOR_PLATFORM_PORT: '7101', EMULATOR_IDPORTEN_PORT: '7102' },
    );
    expect(options).toEqual({
      platformPort: 6101,
      idportenPort: 7102,
      appOrigins: ['http://127.0.0.1:3000', 'http://localhost:4000'],
      dataDir: 'x',
    });
  });

  it('parses --generate and rejects bad values', () => {
    expect(parseArgs(['--generate', 'parties=15000,instances=100000,seed=7'], {})).toEqual({
      generate: { parties: 15000, instances: 100000, seed: 7 },
    });
    expect(parseGenerate('seed=1,parties=2,instances=3')).toEqual({ parties: 2, instances: 3, seed: 1 });
    expect(() => parseGenerate('parties=2')).toThrow(CliError);
    expect(() => parseArgs(['--platform-port', 'abc'], {})).toThrow(CliError);
    expect(() => parseArgs(['--app-origin', 'ftp://x'], {})).toThrow(CliError);
    expect(() => parseArgs(['--unknown'], {})).toThrow(CliError);
    expect(parseArgs(['--help'], {})).toBe('help');
  });
});

describe('maskPid', () => {
  it('shows the birth date part only', () => {
    expect(maskPid('01039012345')).toBe('010390*****');
  });
});
