import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';

import { OutlinedField } from '../../components/OutlinedField';
import { useT } from '../../i18n/useT';

/** Free-text search, applied on submit (each applied search is a history entry). */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow the URL when it changes under us (back button, "clear filters").
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <Stack
      component="form"
      role="search"
      direction="row"
      spacing={1}
      onSubmit={submit}
      sx={{ flex: '1 1 260px' }}
    >
      <OutlinedField
        type="search"
        label={t('mb.search.label')}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        htmlInput={{ maxLength: 200, 'data-shortcut-target': 'search' }}
        sx={{ flex: 1, minWidth: 0 }}
      />
      <Button type="submit" variant="contained" startIcon={<SearchIcon aria-hidden />}>
        {t('mb.search.submit')}
      </Button>
    </Stack>
  );
}
