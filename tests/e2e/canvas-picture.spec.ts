import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { renderChartSvg } from '../../shared/render/chart-svg';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

test.describe('exporting the chart as a picture', () => {
  test('PNG at twice the size and SVG with the legend and the Chinese names in embedded fonts', async () => {
    const app = await launchApp({ demo: true, locale: 'zh-CN' });
    const out = await mkdtemp(join(tmpdir(), 'bidmap-picture-'));
    try {
      await new HomePage(app.page).open(/河南/);
      const ws = app.session.workspace();
      const henan = ws.get(ws.list().find((a) => a.name.includes('河南'))!.id);
      const expected = renderChartSvg(henan, { language: 'zh-CN' });

      app.host.answerSave(join(out, 'chart.png'));
      await app.page.getByLabel('导出图片').selectOption('png');
      await expect(app.page.getByText(/图片已保存为/)).toBeVisible();
      const png = await readFile(join(out, 'chart.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(expected.width * 2);
      expect(png.readUInt32BE(20)).toBe(expected.height * 2);

      app.host.answerSave(join(out, 'chart.svg'));
      await app.page.getByLabel('导出图片').selectOption('svg');
      await expect(app.page.getByText(/chart\.svg/)).toBeVisible();
      const svg = await readFile(join(out, 'chart.svg'), 'utf8');
      for (const p of henan.people) expect(svg).toContain(p.name);
      expect(svg).toContain('图例');
      expect(svg).toMatch(/@font-face\{font-family:[^;]*Noto Sans SC[^;]*;[^}]*src:url\(data:font\/woff2;base64,/);

      // Cancelling the save dialog writes nothing and says nothing alarming.
      await app.page.getByLabel('导出图片').selectOption('png');
      await expect(app.page.getByRole('alert')).toHaveCount(0);
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
});
