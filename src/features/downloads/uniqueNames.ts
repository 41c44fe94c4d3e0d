import { fitFileName, MAX_FILE_NAME_LENGTH, splitExtension } from './sanitizeFileName';

/**
 * Hands out names that are unique within one folder of a ZIP: the second "kvittering.pdf" becomes
 * "kvittering (2).pdf". Comparison ignores case and Unicode form, because Windows and macOS do and
 * would silently overwrite one file with the other on extraction.
 */
export interface NameAllocator {
  allocate(name: string): string;
}

function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function createNameAllocator(
  reserved: readonly string[] = [],
  maxLength = MAX_FILE_NAME_LENGTH,
): NameAllocator {
  const taken = new Set(reserved.map(key));
  return {
    allocate(name) {
      if (!taken.has(key(name))) {
        taken.add(key(name));
        return name;
      }
      const { base, ext } = splitExtension(name);
      for (let n = 2; ; n += 1) {
        const candidate = fitFileName(base, ext, ` (${n})`, maxLength);
        if (!taken.has(key(candidate))) {
          taken.add(key(candidate));
          return candidate;
        }
      }
    },
  };
}
