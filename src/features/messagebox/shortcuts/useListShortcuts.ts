import { useDocumentListener } from '../../../lib/useDocumentListener';
import {
  commandForKey,
  isTypingTarget,
  yieldsToElement,
  type FocusTarget,
  type ShortcutCommand,
} from './keyMap';

export type ShortcutHandlers = Partial<Record<ShortcutCommand, () => void>>;

function focusTarget(element: Element | null): FocusTarget | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  return {
    tagName: element.tagName,
    isContentEditable: element.isContentEditable,
    type: element instanceof HTMLInputElement ? element.type : undefined,
    role: element.getAttribute('role'),
  };
}

/**
 * Listens for the list's shortcuts on the document while `enabled`. A key is ignored while the
 * person types in a field, while a dialog is open (its own keys win), and where the focused
 * element already gives the key a meaning (Enter on a button). Handled keys do not scroll the
 * page or type anything.
 */
export function useListShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  useDocumentListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event);
      if (!command) return;
      const active = document.activeElement;
      const target = focusTarget(active);
      if (isTypingTarget(target) || yieldsToElement(command, target)) return;
      if (active instanceof Element && active.closest('[role="dialog"], [role="alertdialog"]')) return;
      const handler = handlers[command];
      if (!handler) return;
      event.preventDefault();
      handler();
    },
    enabled,
  );
}
