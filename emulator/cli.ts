import type { GenerateParams } from './control/control-routes.ts';
import { listUsers } from './control/control-routes.ts';
import type { EmulatorOptions, RunningEmulator } from './main.ts';

const usage = `Usage: npm run emulator -- [options]

  --platform-port N         platform port (default 5101; env EMULATOR_PLATFORM_PORT)
  --idporten-port N         ID-porten port (default 5102; env EMULATOR_IDPORTEN_PORT)
  --app-origin URL          an app origin allowed by ID-porten; repeatable
                            (default http://127.0.0.1:5173 and http://127.0.0.1:4173;
                            env EMULATOR_APP_ORIGINS, comma-separated)
  --data DIR                load a dataset folder (default emulator/datasets/default; env EMULATOR_DATA)
  --generate parties=N,instances=M,seed=S
                            build a deterministic generated dataset (env EMULATOR_GENERATE)
  --help                    this text`;

export class CliError extends Error {}

function port(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 0 || n > 65535)
    throw new CliError(`${name} must be a port number`);
  return n;
}

export function parseGenerate(value: string): GenerateParams {
  const parts = new Map(
    value.split(',').map((part) => {
      const [key = '', raw = ''] = part.split('=');
      return [key.trim(), raw.trim()] as const;
    }),
  );
  const read = (key: string): number => {
    const n = Number(parts.get(key));
    if (!parts.has(key) || !Number.isInteger(n) || n < 0) {
      throw new CliError(`--generate needs ${key}=<non-negative integer> (got "${value}")`);
    }
    return n;
  };
  return { parties: read('parties'), instances: read('instances'), seed: read('seed') };
}

function origin(value: string | undefined): string {
  try {
    const url = new URL(value ?? '');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.origin;
  } catch {
    throw new CliError(`--app-origin needs an http(s) origin (got "${value ?? ''}")`);
  }
}

/** Flags win over environment variables, which win over the fixed defaults. */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): EmulatorOptions | 'help' {
  const options: EmulatorOptions = {};
  if (env['EMULATOR_PLATFORM_PORT'])
    options.platformPort = port(env['EMULATOR_PLATFORM_PORT'], 'EMULATOR_PLATFORM_PORT');
  if (env['EMULATOR_IDPORTEN_PORT'])
    options.idportenPort = port(env['EMULATOR_IDPORTEN_PORT'], 'EMULATOR_IDPORTEN_PORT');
  if (env['EMULATOR_APP_ORIGINS'])
    options.appOrigins = env['EMULATOR_APP_ORIGINS'].split(',').map((o) => origin(o.trim()));
  if (env['EMULATOR_DATA']) options.dataDir = env['EMULATOR_DATA'];
  if (env['EMULATOR_GENERATE']) options.generate = parseGenerate(env['EMULATOR_GENERATE']);
  const flagOrigins: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=') && !arg.startsWith('--generate=parties')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new CliError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--platform-port':
        options.platformPort = port(value(), flag);
        break;
      case '--idporten-port':
        options.idportenPort = port(value(), flag);
        break;
      case '--app-origin':
        flagOrigins.push(origin(value()));
        break;
      case '--data':
        options.dataDir = value();
        delete options.generate;
        break;
      case '--generate':
        options.generate = parseGenerate(value());
        break;
      default:
        if (arg.startsWith('--generate=')) {
          options.generate = parseGenerate(arg.slice('--generate='.length));
          break;
        }
        throw new CliError(`Unknown option: ${arg}`);
    }
  }
  if (flagOrigins.length > 0) options.appOrigins = flagOrigins;
  return options;
}

/** Shows enough of a national identity number to tell persons apart, never the whole number. */
export function maskPid(pid: string): string {
  return `${pid.slice(0, 6)}${'*'.repeat(Math.max(0, pid.length - 6))}`;
}

/** `start` is passed in by main.ts: importing main.ts from here would be an import cycle. */
export async function runCli(
  argv: string[],
  start: (options: EmulatorOptions) => Promise<RunningEmulator>,
): Promise<void> {
  let options: EmulatorOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(usage);
    return;
  }
  let emulator;
  try {
    emulator = await start(options);
  } catch (error) {
    console.error(`The emulator could not start: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const { store } = emulator;
  const users = listUsers(store);
  console.log(`Innboks emulator (loopback only)
  ID-porten  ${emulator.idportenUrl}   (discovery: ${emulator.idportenUrl}/.well-known/openid-configuration)
  Platform   ${emulator.platformUrl}   (test controls under ${emulator.platformUrl}/__emulator/)
  Dataset    ${store.dataset.description}: ${store.dataset.users.size} users, ${store.dataset.apps.size} apps, ${store.dataset.instances.size} instances`);
  for (const note of emulator.notes) console.log(`  note: ${note}`);
  console.log('\nTest persons (log in on the ID-porten page):');
  for (const user of users.slice(0, 25)) {
    console.log(
      `  ${maskPid(user.pid)}  ${user.name.padEnd(28)} userId ${String(user.userId).padEnd(8)} parties ${user.partyCount}`,
    );
  }
  if (users.length > 25)
    console.log(`  ... and ${users.length - 25} more (GET ${emulator.platformUrl}/__emulator/users)`);
  console.log('\nStop with Ctrl+C.');

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
