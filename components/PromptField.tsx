import { useId } from 'preact/hooks';

export interface PromptFieldProps {
  label: string;
  hint: string;
  placeholder?: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  testId?: string;
}

/** One Working Backwards prompt: a labelled text area with the question under its label. */
export function PromptField({ label, hint, placeholder = '', value, onInput, rows = 2, testId }: PromptFieldProps) {
  const id = useId();
  return (
    <div class="cbc-field">
      <label class="cbc-label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="cbc-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        class="cbc-input"
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        maxLength={2000}
        data-testid={testId}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
