import { describe, expect, it } from 'vitest';
import { readOfficialCandidatesCsv, splitBilingual, splitCandidateCell } from './readOfficialCandidatesCsv.ts';

describe('splitCandidateCell', () => {
  it('separates the name, the incumbent mark and the bilingual affiliation', () => {
    expect(splitCandidateCell('Ken McDonald ** Liberal/Libéral')).toEqual({
      candidate: 'Ken McDonald',
      affiliationEn: 'Liberal',
      affiliationFr: 'Libéral',
    });
    expect(splitCandidateCell('Lori Idlout NDP-New Democratic Party/NPD-Nouveau Parti démocratique').candidate).toBe('Lori Idlout');
    expect(splitCandidateCell('McDonald, Ken Liberal/Libéral').candidate).toBe('McDonald, Ken');
  });

  it('refuses an affiliation it does not know rather than guessing where the name ends', () => {
    expect(() => splitCandidateCell('Jane Doe Brand New Party/Nouveau parti')).toThrow(/unknown affiliation/);
    expect(() => splitCandidateCell('Jane Doe Liberal')).toThrow(/unknown affiliation/);
  });
});

describe('splitBilingual', () => {
  it('reads "English/French" and single names', () => {
    expect(splitBilingual("St. John's East/St. John's-Est")).toEqual({ en: "St. John's East", fr: "St. John's-Est" });
    expect(splitBilingual('Avalon')).toEqual({ en: 'Avalon', fr: 'Avalon' });
    expect(() => splitBilingual('a/b/c')).toThrow();
  });
});

describe('readOfficialCandidatesCsv', () => {
  const header =
    '\uFEFFProvince,Electoral District Name/Nom de circonscription,Electoral District Number/Numéro de circonscription,Candidate/Candidat,Residence,Occupation,Votes Obtained/Votes obtenus,Percentage,Majority,Majority Percentage';
  it('reads quoted cells with commas and strips the byte-order mark', () => {
    const text = `${header}\r\nQuebec/Québec,Brossard--Saint-Lambert,24017,Alexandra Mendès ** Liberal/Libéral,"Brossard, Que./ Qc",MP,28326,54.1,17885,34.2\r\n`;
    expect(readOfficialCandidatesCsv(text)).toEqual([
      {
        district: '24017',
        nameEn: 'Brossard--Saint-Lambert',
        nameFr: 'Brossard--Saint-Lambert',
        stage: 'validated',
        candidate: 'Alexandra Mendès',
        affiliationEn: 'Liberal',
        affiliationFr: 'Libéral',
        votes: 28326,
      },
    ]);
  });

  it('fails on a row whose votes are not a whole number', () => {
    const text = `${header}\nOntario,Davenport,35018,Julie Dzerowicz Liberal/Libéral,Toronto,MP,12.5,,,\n`;
    expect(() => readOfficialCandidatesCsv(text)).toThrow(/District 35018: votes "12.5"/);
  });
});
