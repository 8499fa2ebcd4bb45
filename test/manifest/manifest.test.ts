import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { DEV_BASE_URL } from '../../scripts/manifest-base-url';
import { associatedActionIds } from './associated-actions';
import {
  MANIFEST_PATH,
  NS,
  ROOT,
  type XmlElement,
  allElements,
  child,
  children,
  elementPath,
  manifestUrls,
  parseXml,
  pngSize,
  readManifestText,
} from './manifest-xml';

// manifest.xml checked offline: `npm run validate` (office-addin-manifest validate) needs Microsoft's
// web service, so these tests cover what can be known without it.

const manifestText = readManifestText();
const root = parseXml(manifestText);
const elements = allElements(root);
const resources = child(child(root, 'VersionOverrides'), 'Resources');

interface Resource {
  kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
  id: string;
  element: XmlElement;
}

const resourceList: Resource[] = (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).flatMap((kind) =>
  child(resources, kind).children.map((element) => ({ kind, id: element.attributes.id, element })),
);
const resourcesById = new Map(resourceList.map((resource) => [resource.id, resource]));
const withResid = elements.filter((element) => element.attributes.resid !== undefined);

function resolve(resid: string): Resource {
  const resource = resourcesById.get(resid);
  if (!resource) throw new Error(`resid ${resid} names no resource`);
  return resource;
}

function jaOverride(element: XmlElement): string | undefined {
  return element.children.find((c) => c.name === 'Override' && c.attributes.Locale?.toLowerCase() === 'ja-jp')?.attributes.Value;
}

/** The resource (by resid) of a control's child element, e.g. a button's Label. */
function residOf(element: XmlElement, name: string): Resource {
  return resolve(child(element, name).attributes.resid);
}

const controls = elements.filter((element) => element.name === 'Control');
const executeFunctions = controls.filter((control) => child(control, 'Action').attributes.type === 'ExecuteFunction');
const functionNames = executeFunctions.map((control) => child(child(control, 'Action'), 'FunctionName').text);

describe('manifest.xml is well formed', () => {
  it('parses as XML with namespaces, rooted in a TaskPaneApp OfficeApp', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.uri).toBe(NS.app);
    expect(root.attributes.type).toBe('TaskPaneApp');
    expect(child(root, 'VersionOverrides').uri).toBe(NS.ov);
    expect(child(root, 'VersionOverrides').attributes.type).toBe('VersionOverridesV1_0');
  });

  it('the parser used here rejects XML that is not well formed', () => {
    expect(() => parseXml('<OfficeApp><Id></OfficeApp>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml(manifestText.replace('</Permissions>', '</Permission>'))).toThrow();
  });

  it('keeps the top-level elements in the order the schema requires', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    expect(root.children.map((c) => c.name)).toEqual(order);
  });
});

describe('office-addin-manifest reads it', () => {
  it('reports the id, names, host, permission and locale', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info.manifestType).toBe('xml');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.id).toBe(child(root, 'Id').text);
    expect(info.id).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143'); // the Office template's id
    expect(info.version).toBe('1.0.0.0');
    expect(info.displayName).toBe('Shinchoku KPI Progress');
    expect(info.providerName).toBeTruthy();
    expect(info.defaultLocale).toBe('en-US');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_BASE_URL}taskpane.html`);
    expect(info.iconUrl).toBe(`${DEV_BASE_URL}assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${DEV_BASE_URL}assets/icon-64.png`);
    expect(info.supportUrl).toBe(`${DEV_BASE_URL}help.html`);
  });
});

describe('hosts, permissions and requirements', () => {
  it('is an Excel add-in only, with ReadWriteDocument and nothing more', () => {
    expect(children(child(root, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(child(root, 'Permissions').text).toBe('ReadWriteDocument');
    const overrideHosts = children(child(child(root, 'VersionOverrides'), 'Hosts'), 'Host');
    expect(overrideHosts.map((h) => h.attributes.type)).toEqual(['Workbook']);
  });

  it('names one ExcelApi requirement set and no other', () => {
    const sets = child(child(root, 'Requirements'), 'Sets');
    expect(sets.attributes.DefaultMinVersion).toBe('1.1');
    const set = children(sets, 'Set');
    expect(set).toHaveLength(1);
    expect(set[0].attributes.Name).toBe('ExcelApi');
    expect(set[0].attributes.MinVersion).toMatch(/^1\.\d+$/);
  });
});

describe('resources', () => {
  it('every resid resolves to a resource of the right kind', () => {
    const expectedKind = (element: XmlElement): Resource['kind'] => {
      if (element.name === 'Image') return 'Images';
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(element.name)) return 'Urls';
      if (element.name === 'Label' || element.name === 'Title') return 'ShortStrings';
      if (element.name === 'Description') return 'LongStrings';
      throw new Error(`unexpected resid on ${elementPath(element)}`);
    };
    expect(withResid.length).toBeGreaterThan(20);
    for (const element of withResid) {
      const resource = resourcesById.get(element.attributes.resid);
      expect({ where: elementPath(element), resid: element.attributes.resid, kind: resource?.kind }).toEqual({
        where: elementPath(element),
        resid: element.attributes.resid,
        kind: expectedKind(element),
      });
    }
  });

  it('every resource is used, and resource ids are unique and at most 32 characters', () => {
    const used = new Set(withResid.map((element) => element.attributes.resid));
    expect(resourceList.filter((resource) => !used.has(resource.id)).map((r) => r.id)).toEqual([]);
    const ids = resourceList.map((resource) => resource.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !id || id.length > 32)).toEqual([]);
  });

  it('group and control ids are unique', () => {
    const ids = elements.filter((e) => e.name === 'Group' || e.name === 'Control').map((e) => e.attributes.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('strings fit their limits: short strings 125 characters, long strings 250', () => {
    const tooLong: string[] = [];
    const check = (where: string, value: string | undefined, limit: number): void => {
      if (!value || value.length > limit) tooLong.push(`${where} (${value?.length ?? 'missing'} > ${limit})`);
    };
    for (const resource of resourceList.filter((r) => r.kind === 'ShortStrings' || r.kind === 'LongStrings')) {
      const limit = resource.kind === 'ShortStrings' ? 125 : 250;
      check(resource.id, resource.element.attributes.DefaultValue, limit);
      for (const override of children(resource.element, 'Override'))
        check(`${resource.id} ${override.attributes.Locale}`, override.attributes.Value, limit);
    }
    for (const [name, limit] of [
      ['DisplayName', 125],
      ['Description', 250],
    ] as const) {
      const element = child(root, name);
      check(name, element.attributes.DefaultValue, limit);
      for (const override of children(element, 'Override'))
        check(`${name} ${override.attributes.Locale}`, override.attributes.Value, limit);
    }
    expect(tooLong).toEqual([]);
  });
});

describe('Japanese', () => {
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;

  it('DisplayName, Description and every short and long string have a ja-jp override in Japanese', () => {
    const missing: string[] = [];
    const userVisible = [
      ['DisplayName', child(root, 'DisplayName')] as const,
      ['Description', child(root, 'Description')] as const,
      ...resourceList.filter((r) => r.kind === 'ShortStrings' || r.kind === 'LongStrings').map((r) => [r.id, r.element] as const),
    ];
    for (const [name, element] of userVisible) {
      const value = jaOverride(element);
      if (!value || !japanese.test(value)) missing.push(name);
    }
    expect(userVisible.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('shows Shinchoku 進捗評価 and the ribbon words the issue names', () => {
    expect(jaOverride(child(root, 'DisplayName'))).toBe('Shinchoku 進捗評価');
    const group = elements.find((e) => e.name === 'Group')!;
    expect(jaOverride(residOf(group, 'Label').element)).toBe('進捗評価');
    const labels = Object.fromEntries(
      controls.map((control) => {
        const action = child(control, 'Action');
        const key = action.attributes.type === 'ExecuteFunction' ? child(action, 'FunctionName').text : action.attributes.type;
        return [key, jaOverride(residOf(control, 'Label').element)];
      }),
    );
    expect(labels).toEqual({
      validateWorkbook: '検証',
      gradeWorkbook: '評価',
      summariseWorkbook: '集計',
      restoreWorkbook: '実行前に戻す',
      ShowTaskpane: '作業ウィンドウ',
    });
  });
});

describe('ribbon', () => {
  it('has Validate, Grade, Summary and Restore as functions and Open pane as a task pane, each with a supertip and 16/32/80 icons', () => {
    expect(functionNames).toEqual(['validateWorkbook', 'gradeWorkbook', 'summariseWorkbook', 'restoreWorkbook']);
    const panes = controls.filter((control) => child(control, 'Action').attributes.type === 'ShowTaskpane');
    expect(panes).toHaveLength(1);
    expect(resolve(child(child(panes[0], 'Action'), 'SourceLocation').attributes.resid).element.attributes.DefaultValue).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
    for (const control of controls) {
      expect(control.attributes.type).toBe('Button');
      const supertip = child(control, 'Supertip');
      expect(resolve(child(supertip, 'Title').attributes.resid).kind).toBe('ShortStrings');
      expect(resolve(child(supertip, 'Description').attributes.resid).kind).toBe('LongStrings');
      expect(children(child(control, 'Icon'), 'Image').map((i) => i.attributes.size)).toEqual(['16', '32', '80']);
    }
    const group = elements.find((e) => e.name === 'Group')!;
    expect(group.parent?.name).toBe('OfficeTab');
    expect(group.parent?.attributes.id).toBe('TabHome');
    expect(children(child(group, 'Icon'), 'Image').map((i) => i.attributes.size)).toEqual(['16', '32', '80']);
  });

  it('each ribbon button has its own icon', () => {
    const icons = controls.map(
      (control) => resolve(children(child(control, 'Icon'), 'Image')[0].attributes.resid).element.attributes.DefaultValue,
    );
    expect(new Set(icons).size).toBe(controls.length);
  });

  it('the function file is commands.html', () => {
    const functionFile = elements.find((e) => e.name === 'FunctionFile')!;
    expect(resolve(functionFile.attributes.resid).element.attributes.DefaultValue).toBe(`${DEV_BASE_URL}commands.html`);
  });

  it('each FunctionName is registered with Office.actions.associate in src/addin/commands/commands.ts', () => {
    const source = readFileSync(join(ROOT, 'src/addin/commands/commands.ts'), 'utf8');
    const { names, unresolved } = associatedActionIds(source);
    expect(unresolved).toEqual([]);
    expect(functionNames.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('reads action ids from literal associate calls and from loops over a constant list', () => {
    expect(associatedActionIds("Office.actions.associate('a', f); Office.actions.associate(`b`, g);").names).toEqual(['a', 'b']);
    const loop = "const NAMES = ['x', 'y'] as const;\nfor (const name of NAMES) Office.actions.associate(name, handler(name));";
    expect(associatedActionIds(loop)).toEqual({ names: ['x', 'y'], unresolved: [] });
    expect(associatedActionIds('Office.actions.associate(pick(), f);').unresolved).toEqual(['pick()']);
  });
});

describe('URLs', () => {
  const urls = manifestUrls(root);

  it('are all https on the one development origin', () => {
    expect(urls.length).toBeGreaterThan(20);
    const origin = new URL(DEV_BASE_URL).origin;
    expect(urls.filter(({ url }) => new URL(url).protocol !== 'https:')).toEqual([]);
    expect(urls.filter(({ url }) => new URL(url).origin !== origin)).toEqual([]);
    expect(children(child(root, 'AppDomains'), 'AppDomain').map((d) => d.text)).toEqual([origin]);
  });

  it('point at pages this repository builds', () => {
    const pages = new Set(
      urls
        .map(({ url }) => url)
        .filter((url) => url.endsWith('.html'))
        .map((url) => url.slice(DEV_BASE_URL.length)),
    );
    expect([...pages].sort()).toEqual(['commands.html', 'help.html', 'taskpane.html']);
    for (const source of ['src/addin/taskpane/taskpane.html', 'src/addin/commands/commands.html', 'src/addin/help/help.html']) {
      expect(existsSync(join(ROOT, source))).toBe(true);
    }
  });

  it('every icon is a PNG in assets/ of the size it is used at', () => {
    const icons: { where: string; url: string; size: number }[] = [
      { where: 'IconUrl', url: child(root, 'IconUrl').attributes.DefaultValue, size: 32 },
      { where: 'HighResolutionIconUrl', url: child(root, 'HighResolutionIconUrl').attributes.DefaultValue, size: 64 },
      ...withResid
        .filter((element) => element.name === 'Image')
        .map((element) => ({
          where: elementPath(element),
          url: resolve(element.attributes.resid).element.attributes.DefaultValue,
          size: Number(element.attributes.size),
        })),
    ];
    expect(icons.length).toBeGreaterThanOrEqual(2 + 5 * 3);
    for (const icon of icons) {
      expect(icon.url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
      expect(icon.url.endsWith('.png')).toBe(true);
      const file = join(ROOT, icon.url.slice(DEV_BASE_URL.length));
      expect({ where: icon.where, exists: existsSync(file) }).toEqual({ where: icon.where, exists: true });
      expect({ where: icon.where, ...pngSize(readFileSync(file)) }).toEqual({ where: icon.where, width: icon.size, height: icon.size });
    }
  });
});
