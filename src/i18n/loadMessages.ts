import type { Language } from './languageCodes';
import { nb, type Messages } from './messages/nb';

/*
 * Bokmål is the default and ships with the first page; nynorsk and English are separate chunks
 * (about 5 kB gzip each) fetched only when someone's choice or profile asks for them.
 */

const loaded = new Map<Language, Messages>([['nb', nb]]);

/** The texts of a language that is already loaded, else undefined. */
export function loadedMessages(language: Language): Messages | undefined {
  return loaded.get(language);
}

export async function loadMessages(language: Language): Promise<Messages> {
  const ready = loaded.get(language);
  if (ready) return ready;
  const texts = language === 'nn' ? (await import('./messages/nn')).nn : (await import('./messages/en')).en;
  loaded.set(language, texts);
  return texts;
}
