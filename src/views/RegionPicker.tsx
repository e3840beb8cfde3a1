/**
 * Which province's seats to light up. Memoised with a stable `onChoose`: a
 * re-rendered select makes React walk every option, and a party switch
 * should not pay for a control it does not change.
 */
import { memo } from 'react';
import type { Region } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface RegionPickerProps {
  regions: readonly Region[];
  value: string | undefined;
  onChoose: (regionId: string | undefined) => void;
}

export const RegionPicker = memo(function RegionPicker({ regions, value, onChoose }: RegionPickerProps) {
  const { t, f } = useI18n();
  return (
    <label className="explore-province">
      <span>{t.colRegion}</span>
      <select value={value ?? ''} onChange={(e) => onChoose(e.target.value || undefined)} data-control="province">
        <option value="">{t.explore.allRegions}</option>
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {f.text(r.name)}
          </option>
        ))}
      </select>
    </label>
  );
});
