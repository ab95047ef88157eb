// An accessible combobox: WAI-ARIA 1.2 "list autocomplete" with a listbox popup whose options come
// in labelled groups. Focus stays in the input; the active option is aria-activedescendant.
import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from './i18n';

export interface ComboOption<T> {
  key: string;
  value: T;
  /** What the option shows; its text is also its accessible name. */
  content: ReactNode;
}

export interface ComboGroup<T> {
  key: string;
  label: string;
  options: ReadonlyArray<ComboOption<T>>;
}

interface ComboboxProps<T> {
  label: string;
  /** The label is still there for assistive technology, just not shown (the header search). */
  hideLabel?: boolean;
  hint?: string;
  error?: string;
  required?: boolean;
  placeholder?: string;
  /** The text in the input. */
  value: string;
  onValueChange(text: string): void;
  groups: ReadonlyArray<ComboGroup<T>>;
  /** An option was chosen (Enter on the active option, or a click). */
  onChoose(value: T): void;
  /** Enter without an active option. Without it, Enter does what it does in the form. */
  onEnter?(): void;
  /** Announced politely: the number of suggestions, or why there are none. */
  status: string;
  /** Shown under the input, e.g. "search is unavailable". */
  note?: ReactNode;
  listLabel: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** A fixed id for the input (the error summary of useFormErrors links to it). */
  id?: string;
}

export function Combobox<T>({
  label,
  hideLabel,
  hint,
  error,
  required,
  placeholder,
  value,
  onValueChange,
  groups,
  onChoose,
  onEnter,
  status,
  note,
  listLabel,
  className,
  inputRef,
  id: fixedId,
}: ComboboxProps<T>): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const inputId = fixedId ?? `${id}-input`;
  const listId = `${id}-list`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [open, setOpen] = useState(false);
  // The active option by key, so it stays put when new suggestions still contain it.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const options = groups.flatMap((g) => g.options);
  const expanded = open && options.length > 0;
  const active = expanded && activeKey !== null ? options.findIndex((o) => o.key === activeKey) : -1;
  const optionId = (index: number): string => `${id}-option-${index}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on id
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (option: ComboOption<T>): void => {
    setOpen(false);
    setActiveKey(null);
    onChoose(option.value);
  };

  const move = (step: 1 | -1): void => {
    if (options.length === 0) return;
    setOpen(true);
    const from = expanded ? active : -1;
    const next = from < 0 ? (step === 1 ? 0 : options.length - 1) : (from + step + options.length) % options.length;
    setActiveKey(options[next]?.key ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        const option = active >= 0 ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        } else if (onEnter) {
          event.preventDefault();
          setOpen(false);
          onEnter();
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActiveKey(null);
        } else if (value) {
          event.preventDefault();
          onValueChange('');
        }
        break;
      case 'Tab':
        setOpen(false);
        setActiveKey(null);
        break;
    }
  };

  let index = -1;
  return (
    <div className={`field combobox ${className ?? ''}`}>
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {required && <span className="required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="combobox-wrap">
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-required={required || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={value}
          onChange={(e) => {
            setOpen(true);
            setActiveKey(null);
            onValueChange(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!listRef.current?.contains(e.relatedTarget)) {
              setOpen(false);
              setActiveKey(null);
            }
          }}
        />
        <div id={listId} ref={listRef} role="listbox" aria-label={listLabel} className="combobox-list" hidden={!expanded}>
          {expanded &&
            groups
              .filter((g) => g.options.length > 0)
              .map((g) => (
                <ul key={g.key} role="group" aria-labelledby={`${id}-group-${g.key}`}>
                  <li role="presentation" id={`${id}-group-${g.key}`} className="combobox-group">
                    {g.label}
                  </li>
                  {g.options.map((o) => {
                    index += 1;
                    const mine = index;
                    return (
                      <li
                        key={o.key}
                        id={optionId(mine)}
                        role="option"
                        aria-selected={mine === active}
                        className={mine === active ? 'combobox-option active' : 'combobox-option'}
                        // Keep focus in the input when the pointer picks an option.
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => choose(o)}
                      >
                        {o.content}
                      </li>
                    );
                  })}
                </ul>
              ))}
        </div>
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {note}
      <div role="status" className="visually-hidden">
        {status}
      </div>
    </div>
  );
}

export interface Typeahead<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** The (trimmed) text the data or error belongs to. */
  query: string;
}

/**
 * Loads suggestions for the text after a short pause in typing. Only the answer to the latest text
 * is kept: a slow answer to an older text is ignored.
 */
export function useTypeahead<T>(text: string, load: (q: string) => Promise<T>, minLength = 2, delay = 150): Typeahead<T> {
  const [state, setState] = useState<Typeahead<T>>({ data: null, error: null, loading: false, query: '' });
  const latest = useRef(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  useEffect(() => {
    const q = text.trim();
    const mine = ++latest.current;
    if (q.length < minLength) {
      setState({ data: null, error: null, loading: false, query: '' });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    const timer = window.setTimeout(() => {
      loader.current(q).then(
        (data) => {
          if (mine === latest.current) setState({ data, error: null, loading: false, query: q });
        },
        (error: unknown) => {
          if (mine === latest.current) setState({ data: null, error, loading: false, query: q });
        },
      );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [text, minLength, delay]);
  return state;
}
