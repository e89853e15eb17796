import { resources } from '@mujtama/shared/resources';
import raEnglish from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { arabicMessages } from './ar';
import { englishMessages } from './en';
import { resourceMessages } from './resources';

/** Every leaf of a message tree, as `path → text`. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

describe('Arabic messages', () => {
  const arabic = leaves(arabicMessages);

  it('cover every react-admin message of the English pack, and no other', () => {
    const raKeys = [...leaves(raEnglish).keys()].sort();
    expect([...arabic.keys()].filter((key) => key.startsWith('ra.')).sort()).toEqual(raKeys);
  });

  it('cover every message of the admin', () => {
    expect([...arabic.keys()].sort()).toEqual([...leaves(englishMessages).keys()].sort());
  });

  it('use only placeholders the English text is given', () => {
    const english = leaves(englishMessages);
    // Arabic has no letter case, so it takes the field name as it is.
    const given = (key: string) => {
      const placeholders = new Set(english.get(key)?.match(/%\{\w+\}/g));
      if (placeholders.has('%{field_lower_first}')) placeholders.add('%{field}');
      return placeholders;
    };
    for (const [key, text] of arabic) {
      const unknown = text.match(/%\{\w+\}/g)?.filter((placeholder) => !given(key).has(placeholder));
      expect(unknown ?? [], key).toEqual([]);
    }
  });

  it('give the six Arabic plural forms wherever a message is counted', () => {
    for (const [key, text] of arabic) {
      if (text.includes('|||| ')) expect(text.split('||||'), key).toHaveLength(6);
    }
  });
});

describe('resource messages', () => {
  it('name every resource and label its fields in both languages', () => {
    for (const locale of ['ar', 'en'] as const) {
      const messages = resourceMessages(locale);
      for (const { type, singular } of Object.values(resources)) {
        expect(messages[type]?.name, type).toContain(singular[locale]);
        expect(messages[type]?.fields.createdAt, type).toBeTruthy();
      }
    }
    expect(resourceMessages('ar').HealthCenter?.name.split('||||')).toHaveLength(6);
    expect(resourceMessages('en').HealthCenter?.fields.districtId).toBe('District');
  });
});
