/** A row of links that switch one view parameter (which result, which seat order): the current one is marked. */
import { AppLink } from '../url/AppLink.tsx';

interface ViewSwitchProps<V extends string> {
  label: string;
  options: readonly V[];
  current: V;
  labels: Record<V, string>;
  hrefFor: (value: V) => string;
  /** The data attribute each link carries its value in, e.g. `data-seats`. */
  dataName: `data-${string}`;
  describedBy?: string | undefined;
}

export function ViewSwitch<V extends string>({ label, options, current, labels, hrefFor, dataName, describedBy }: ViewSwitchProps<V>) {
  return (
    <div className="explore-shown" role="group" aria-label={label} aria-describedby={describedBy}>
      {options.map((value) => (
        <AppLink key={value} href={hrefFor(value)} aria-current={current === value ? 'true' : undefined} {...{ [dataName]: value }}>
          {labels[value]}
        </AppLink>
      ))}
    </div>
  );
}
