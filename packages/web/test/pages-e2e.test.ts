/**
 * The pages in Chromium over the Lào Cai demo (ILLUSTRATIVE data loaded through the API, as `pnpm start` does):
 * the overview's structure switch and lost-standard list, the communes filters, a commune's history with "why",
 * plans, helpers, help received, and the help report's total, sheets and publication.
 * Skipped when /usr/bin/chromium is missing. `NTM_WEB_SCREENSHOTS=1` saves `docs/screenshots/demo-*.png`.
 */
import { existsSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CHROMIUM, type DemoStack, startDemoStack } from "./support/demoStack.ts"

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const shots =
  process.env.NTM_WEB_SCREENSHOTS === "1"
    ? resolve(webRoot, "../../docs/screenshots")
    : mkdtempSync(join(tmpdir(), "ntm-shots-"))

describe.skipIf(!existsSync(CHROMIUM))("pages over the Lào Cai demo in Chromium", () => {
  let stack: DemoStack
  let page: Page

  beforeAll(async () => {
    stack = await startDemoStack(webRoot)
    // One open difficulty (ILLUSTRATIVE, raised through the API; the demo seed has none), due before the year's end.
    const offered = (await (await fetch(`${stack.baseUrl}/local/dev-tokens`)).json()) as {
      tokens: Array<{ role: string; token: string }>
    }
    const admin = offered.tokens.find((t) => t.role === "province-admin")?.token ?? ""
    const raised = await fetch(`${stack.baseUrl}/v1/provinces/10/communes/${stack.exampleCommune}/difficulties`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({
        category: "difficulty",
        summary: "MINH HỌA (e2e): thiếu kinh phí nâng cấp công trình cấp nước tập trung",
        raisedBy: { kind: "commune", unit: stack.exampleCommune },
        raisedOn: "2024-09-01",
        addressedTo: { level: "province" },
        dueOn: "2024-11-30",
        criterionKeys: ["17"],
      }),
    })
    expect(raised.status, await raised.text()).toBe(201)
    page = await stack.browser.newPage({ viewport: { width: 1200, height: 900 } })
    await page.goto(stack.baseUrl)
    await page.locator('button[data-role="province-admin"]').click()
    await page.getByRole("heading", { name: "Tổng quan tỉnh 10" }).waitFor()
  })

  afterAll(async () => {
    await stack?.stop()
  })

  it("overview: districts of the year, today's communes, communes that lost the standard, target charts", async () => {
    await page.locator("p.lead").waitFor({ timeout: 90_000 })
    await page.getByRole("table", { name: "Kết quả theo huyện (đơn vị năm 2024)" }).waitFor()
    await page.getByRole("heading", { name: "Xã rớt chuẩn so với năm 2023" }).waitFor()
    await page.getByRole("heading", { name: "Tiến độ thực hiện mục tiêu của tỉnh" }).waitFor()
    await page.screenshot({ path: join(shots, "demo-overview.png"), fullPage: true })
    await page.getByRole("radio", { name: /Xã, phường hiện nay/u }).check()
    const today = page.getByRole("table", { name: /^Kết quả năm 2024 theo xã, phường hiện nay/u })
    await today.waitFor({ timeout: 90_000 })
    // Every commune of 2024 is counted once among today's units (or listed as not placed).
    const members = await today.locator("tbody tr td:nth-child(2)").allTextContents()
    expect(members.length).toBeGreaterThan(0)
    await page.getByRole("table", { name: "Xã, phường hiện nay theo kết quả của các xã hợp thành" }).waitFor()
    await page.screenshot({ path: join(shots, "demo-overview-today.png"), fullPage: true })
  })

  it("communes: filters by criteria met and shows the assigned agencies", async () => {
    await page.getByRole("link", { name: "Danh sách xã" }).click()
    const status = page.getByText(/^Hiển thị \d+ trên \d+ xã$/u)
    await status.waitFor({ timeout: 90_000 })
    const all = Number(/trên (\d+)/u.exec((await status.textContent()) ?? "")?.[1])
    await page.getByLabel("Số tiêu chí đạt từ").fill("15")
    const shown = Number(/^Hiển thị (\d+)/u.exec((await status.textContent()) ?? "")?.[1])
    expect(shown).toBeLessThan(all)
    for (const cell of await page.locator("table.data tbody tr td:nth-child(5)").allTextContents()) {
      expect(Number(cell.split("/")[0])).toBeGreaterThanOrEqual(15)
    }
    await page.getByLabel("Cơ quan giúp đỡ").and(page.locator("select:not([disabled])")).waitFor({ timeout: 90_000 })
    await page.screenshot({ path: join(shots, "demo-communes.png"), fullPage: true })
  })

  it("commune: checklist, history with a comparison, plans, helpers, help received, difficulties", async () => {
    await page.goto(`${stack.baseUrl}/#/communes/${stack.exampleCommune}`)
    await page.getByRole("heading", { name: /^Bảng tiêu chí — 2024/u }).waitFor({ timeout: 60_000 })
    await page.getByRole("heading", { name: "Kế hoạch và tiến độ" }).waitFor()
    await page.getByRole("heading", { name: "Cơ quan, đơn vị giúp đỡ" }).waitFor()
    await page.getByRole("heading", { name: "Hỗ trợ đã nhận năm 2024" }).waitFor()
    await page.getByRole("heading", { name: "Khó khăn, vướng mắc, kiến nghị chưa giải quyết" }).waitFor()
    await page
      .getByText(/^Kế hoạch năm \d{4}:/u)
      .first()
      .waitFor({ timeout: 30_000 })
    // The difficulty raised above is open and overdue on 31 December 2024.
    await page.getByRole("row", { name: /MINH HỌA \(e2e\).*Quá hạn/u }).waitFor({ timeout: 30_000 })
    await page
      .getByRole("button", { name: /^(Vì sao rớt chuẩn\?|So với lần trước)$/u })
      .first()
      .click()
    await page.getByRole("heading", { name: /^Vì sao thay đổi:/u }).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(shots, "demo-commune.png"), fullPage: true })
    // Xã Tả Thàng (02794): the one sourced assignment (NHNN chi nhánh Lào Cai, S24) and an illustrative one.
    await page.goto(`${stack.baseUrl}/#/communes/02794`)
    await page.getByRole("row", { name: /^sbv-lao-cai Chủ trì 2021-01-01 – 2022-01-01/u }).waitFor({ timeout: 30_000 })
  })

  it("help report: the 2022 total in triệu đồng, the quantity list, reconciliation, publication", async () => {
    await page.getByRole("link", { name: "Báo cáo giúp đỡ xã" }).click()
    await page.locator("header").getByLabel("Năm").selectOption("2022")
    const headline = page.locator("p.headline")
    await headline.waitFor({ timeout: 60_000 })
    // The seeded 2022 ledger's confirmed lines give the article's total (demo-data.md): 16.493,82 triệu đồng.
    expect(await headline.textContent()).toContain("16.493,82 triệu đồng")
    await page.getByRole("heading", { name: "Đoạn văn tổng hợp" }).waitFor()
    await page.getByLabel("Tổng hợp theo").selectOption("items")
    await page.getByRole("table", { name: /^Số lượng và giá trị theo hạng mục/u }).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(shots, "demo-help.png"), fullPage: true })
    await page.getByLabel("Tổng hợp theo").selectOption("reconciliation")
    await page.getByRole("table", { name: /^Đối chiếu giá trị/u }).waitFor({ timeout: 30_000 })
    await page.getByRole("button", { name: "Công bố báo cáo năm 2022" }).click()
    await page.getByText(/^Đã công bố lúc/u).waitFor({ timeout: 30_000 })
    const pub = await fetch(`${stack.baseUrl}/v1/public/reports/help/10/2022?by=provider&format=json`)
    expect(pub.status).toBe(200)
    // The same total in English, with English separators; then back to Vietnamese.
    await page.getByRole("button", { name: "English" }).click()
    await page.getByText("16,493.82 million đồng").first().waitFor({ timeout: 30_000 })
    await page.getByRole("button", { name: "Tiếng Việt" }).click()
  })

  it("fits a phone: the commune page is no wider than 360 px", async () => {
    await page.goto(`${stack.baseUrl}/#/communes/${stack.exampleCommune}`)
    await page.setViewportSize({ width: 360, height: 800 })
    await page.getByRole("heading", { name: /^Vì sao thay đổi:/u }).waitFor({ timeout: 60_000 })
    await page.getByRole("row", { name: /MINH HỌA \(e2e\)/u }).waitFor({ timeout: 30_000 })
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter(
          (e) => e.getBoundingClientRect().right > 361 && (e.parentElement?.closest(".table-wrap") ?? null) === null,
        )
        .map((e) => `${e.tagName}.${e.className}`),
    )
    expect(wide).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: join(shots, "demo-commune-phone.png") })
  })
})
