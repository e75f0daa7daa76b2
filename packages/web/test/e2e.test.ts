/**
 * End to end: the built dashboard served by the local server (API on DynamoDB Local), driven in Debian's Chromium by
 * playwright-core — sign in as the province admin, see the overview with stored data, open a commune's checklist.
 * Skipped when /usr/bin/chromium is missing. `NTM_WEB_SCREENSHOTS=1` saves the screenshots under docs/screenshots.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { call } from "@ntm/api/client"
import { evaluateLaoCaiDemo, ntmCommunes } from "@ntm/core/demo"
import {
  DEFAULT_TABLE_NAME,
  devUsers,
  dynamoLayer,
  ensureTable,
  makeDevTokens,
  makeDynamoClient,
  makeWebHandler,
  serveLocal,
  startDynamoLocal,
} from "@ntm/functions/local"
import { type Browser, chromium } from "playwright-core"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const CHROMIUM = "/usr/bin/chromium"
/** The illustrative cash line seeded into the ledger, in đồng. */
const CASH = 5_000_000
/** The illustrative cash line the agency records through the form, in đồng. */
const RECORDED = 1_234_567n
const here = dirname(fileURLToPath(import.meta.url))
const webRoot = resolve(here, "..")
const shots =
  process.env.NTM_WEB_SCREENSHOTS === "1"
    ? resolve(webRoot, "../../docs/screenshots")
    : mkdtempSync(join(tmpdir(), "ntm-shots-"))

if (!existsSync(CHROMIUM)) {
  console.warn(`web e2e skipped: ${CHROMIUM} is missing (install Debian's chromium to run it)`)
}

describe.skipIf(!existsSync(CHROMIUM))("dashboard in Chromium against the local server", () => {
  const cleanup: Array<() => Promise<void> | void> = []
  let baseUrl = ""
  let adminToken = ""
  let browser: Browser
  /** An ILLUSTRATIVE assignment, ended behind the admin's back in the stale-version check. */
  let second = { id: "", version: 0 }
  /** Seeded communes the province admin can read back (see the note on `readable` below). */
  const readable: Array<string> = []
  const seeded = evaluateLaoCaiDemo()
    .assessments.filter((a) => a.input.year === 2024)
    .slice(0, 6)

  beforeAll(async () => {
    const previous = process.env.NTM_LOCAL
    process.env.NTM_LOCAL = "1"
    cleanup.push(() => {
      if (previous === undefined) delete process.env.NTM_LOCAL
      else process.env.NTM_LOCAL = previous
    })
    const outDir = mkdtempSync(join(tmpdir(), "ntm-web-"))
    cleanup.push(() => rmSync(outDir, { recursive: true, force: true }))
    await build({ root: webRoot, logLevel: "warn", build: { outDir, emptyOutDir: true } })
    const dynamo = await startDynamoLocal()
    cleanup.push(() => dynamo.stop())
    const client = makeDynamoClient({ endpoint: dynamo.endpoint })
    await ensureTable(client, DEFAULT_TABLE_NAME)
    client.destroy()
    const app = makeWebHandler({ dynamo: dynamoLayer({ endpoint: dynamo.endpoint, tableName: DEFAULT_TABLE_NAME }) })
    cleanup.push(() => app.dispose())
    const devTokens = makeDevTokens()
    const users = devUsers({ province: "10", district: "080", commune: "02746", agency: "demo-agency" })
    const server = await serveLocal({
      handler: app.handler,
      devTokens,
      port: 0,
      staticDir: outDir,
      offerDevUsers: users,
    })
    cleanup.push(() => server.close())
    baseUrl = server.url
    adminToken = devTokens.issue(users["province-admin"])
    // Seed through the API: ILLUSTRATIVE demo measurements of 2024, judged by the server under the pack in force.
    for (const a of seeded) {
      await call({ baseUrl, token: adminToken }, (c) =>
        c.assessments.submit({
          params: { province: "10", commune: a.input.commune.code },
          payload: { year: a.input.year, date: a.input.date, values: a.input.values },
          headers: {},
        }),
      )
    }
    // Records are authorized by their own dates, so every seeded commune should read back; the check stays so a
    // regression shows as a commune the page counts apart ("unreadable") rather than as a confusing failure.
    for (const a of seeded) {
      const ok = await call({ baseUrl, token: adminToken }, (c) =>
        c.assessments.history({ params: { province: "10", commune: a.input.commune.code }, query: {} }),
      ).then(
        () => true,
        () => false,
      )
      if (ok) readable.push(a.input.commune.code)
    }
    const { id: _id, ...target } = ntmCommunes
    await call({ baseUrl, token: adminToken }, (c) =>
      c.plans.createTarget({ params: { province: "10" }, payload: target, headers: {} }),
    )
    // One cash line (no price list needed) recorded by the province and confirmed by the commune, through the API
    // (plain fetch: test seeding, not app code). ILLUSTRATIVE amount.
    const post = async (path: string, token: string, body: unknown) => {
      const r = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      expect(r.status, await r.clone().text()).toBeLessThan(300)
      return (await r.json()) as { id: string; version: number }
    }
    const line = await post("/v1/contributions", adminToken, {
      provider: { kind: "enterprise", id: "demo-e2e", name: "Công ty minh họa (e2e)" },
      commune: "02746",
      date: "2024-10-01",
      programme: "ntm",
      category: "cash",
      item: "tien-mat",
      quantity: String(CASH),
      unit: "dong",
      status: "delivered",
    })
    await post(`/v1/contributions/${line.id}/confirm`, devTokens.issue(users["commune-official"]), {
      version: line.version,
    })
    // The agency helps Cốc San (ILLUSTRATIVE assignment): its contribution form offers that commune.
    await post("/v1/provinces/10/communes/02746/assignments", adminToken, {
      helper: "demo-agency",
      role: "lead",
      from: "2024-01-01",
      legalBasis: "Quyết định minh họa (e2e)",
    })
    // On a commune the admin reads back (see `readable`).
    second = await post(`/v1/provinces/10/communes/${readable[0]}/assignments`, adminToken, {
      helper: "demo-helper-2",
      role: "support",
      from: "2024-01-01",
      legalBasis: "Quyết định minh họa (e2e)",
    })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    })
    cleanup.push(() => browser.close())
  })

  afterAll(async () => {
    for (const f of cleanup.reverse()) await f()
  })

  it("signs in as the province admin, shows the overview and a commune's checklist, switches to English", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    await page.goto(baseUrl)
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor()
    await page.locator('button[data-role="province-admin"]').click()
    await page.getByRole("heading", { name: "Tổng quan tỉnh 10" }).waitFor()
    const lead = page.locator("p.lead")
    await lead.waitFor({ timeout: 60_000 })
    expect(readable.length).toBeGreaterThan(0)
    expect(await lead.textContent()).toMatch(new RegExp(`^${readable.length} trên \\d+ xã có đánh giá năm 2024`, "u"))
    await page.getByRole("table", { name: "Số xã theo mức đạt chuẩn" }).waitFor()
    await page.getByRole("heading", { name: "Tiến độ thực hiện mục tiêu của tỉnh" }).waitFor()
    await page.getByRole("table", { name: ntmCommunes.title.vi }).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(shots, "overview.png"), fullPage: true })
    // Phone width: nothing but the tables' own scroll areas may be wider than the screen.
    await page.setViewportSize({ width: 360, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: join(shots, "overview-phone.png") })
    await page.setViewportSize({ width: 1200, height: 900 })

    await page.getByRole("link", { name: "Danh sách xã" }).click()
    await page.getByRole("heading", { name: "Danh sách xã" }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main")
    const code = readable[0]!
    await page.getByLabel("Tìm theo tên hoặc mã xã").fill(code)
    await page.getByText("Hiển thị 1 trên").waitFor()
    await page.screenshot({ path: join(shots, "communes.png"), fullPage: true })
    await page.locator(`a[href="#/communes/${code}"]`).click()
    await page.getByRole("heading", { name: /^Bảng tiêu chí — 2024/u }).waitFor({ timeout: 30_000 })
    expect(await page.locator("table.checklist tbody").count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(shots, "commune.png"), fullPage: true })

    await page.getByRole("link", { name: "Báo cáo giúp đỡ xã" }).click()
    await page.getByRole("heading", { name: "Báo cáo kết quả giúp đỡ xã — tỉnh 10, năm 2024" }).waitFor()
    await page.locator("table.report tfoot").first().waitFor({ timeout: 30_000 })
    expect(await page.locator("table.report").first().textContent()).toContain("5.000.000")
    await page.screenshot({ path: join(shots, "help.png"), fullPage: true })
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải về CSV" }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.csv$/u)
    await page.goto(`${baseUrl}/#/communes/${code}`)
    await page.getByRole("heading", { name: /^Bảng tiêu chí — 2024/u }).waitFor({ timeout: 30_000 })

    await page.getByRole("button", { name: "English" }).click()
    await page.getByRole("heading", { name: /^Criteria checklist — 2024/u }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en")
  })

  it("an agency records a contribution, the commune confirms it, the help report grows by exactly that amount", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: "vi-VN" })
    const signInAs = async (role: string) => {
      const out = page.getByRole("button", { name: "Đăng xuất" })
      if (await out.isVisible()) await out.click()
      await page.getByRole("heading", { name: "Đăng nhập" }).waitFor()
      await page.locator(`button[data-role="${role}"]`).click()
    }
    const officialTotal = async (): Promise<bigint> => {
      await page.goto(`${baseUrl}/#/help`)
      await page.getByRole("heading", { name: "Báo cáo kết quả giúp đỡ xã — tỉnh 10, năm 2024" }).waitFor()
      const cell = page.locator("table.report").first().locator("tbody tr").first().locator("td").nth(2)
      await cell.waitFor({ timeout: 30_000 })
      return BigInt(((await cell.textContent()) ?? "").replace(/\D/gu, ""))
    }
    await page.goto(baseUrl)
    await signInAs("province-admin")
    const before = await officialTotal()
    expect(before).toBeGreaterThanOrEqual(BigInt(CASH))

    await signInAs("agency")
    await page.getByRole("link", { name: "Nhập liệu" }).click()
    await page.getByRole("link", { name: "Ghi nhận đóng góp, hỗ trợ" }).click()
    const commune = page.getByLabel("Xã được giúp đỡ")
    await commune.locator('option[value="02746"]').waitFor({ state: "attached", timeout: 30_000 })

    // Client-side: a decimal amount is refused beside the amount field, with every other error beside its own.
    await page.getByLabel("Tên đơn vị giúp đỡ").fill("Sở minh họa (e2e)")
    const amount = page.getByLabel("Số tiền (đồng)")
    await amount.fill("1.234,5")
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByText("Chưa lưu: có 2 lỗi").waitFor()
    expect(await amount.getAttribute("aria-invalid")).toBe("true")
    expect(await amount.getAttribute("aria-describedby")).toContain("contribution-amount-error")
    expect(await page.locator("#contribution-amount-error").textContent()).toContain("Nhập số đồng nguyên")
    expect(await commune.getAttribute("aria-invalid")).toBe("true")
    expect(await amount.inputValue()).toBe("1.234,5")

    // Server-side: goods valued by a price list the province does not have → the 400 lands beside the date; the
    // typed input stays.
    await commune.selectOption("02746")
    await page.getByLabel("Ngày trao").fill("2024-10-02")
    await page.getByLabel("Loại hỗ trợ").selectOption("goods")
    await page.getByLabel("Hiện vật").selectOption("suat-qua")
    await page.getByLabel("Số lượng").fill("10")
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByText("Máy chủ chưa chấp nhận").waitFor({ timeout: 30_000 })
    const date = page.getByLabel("Ngày trao")
    expect(await date.getAttribute("aria-invalid")).toBe("true")
    expect(await page.locator("#contribution-date-error").textContent()).toContain("chưa có bảng giá")
    expect(await page.getByLabel("Số lượng").inputValue()).toBe("10")
    expect(await page.getByLabel("Tên đơn vị giúp đỡ").inputValue()).toBe("Sở minh họa (e2e)")
    await page.setViewportSize({ width: 360, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: join(shots, "entry-phone.png"), fullPage: true })
    await page.setViewportSize({ width: 1200, height: 900 })
    // The draft survives a reload of the tab.
    await page.reload()
    await page.getByLabel("Số lượng").waitFor()
    expect(await page.getByLabel("Số lượng").inputValue()).toBe("10")
    expect(await page.getByLabel("Hiện vật").inputValue()).toBe("suat-qua")

    // The cash line, typed the Vietnamese way. The first answer is lost on the way back (the server did save it);
    // saving again sends the same idempotency key, so the line is recorded once (the total below proves it).
    await page.getByLabel("Loại hỗ trợ").selectOption("cash")
    await amount.fill("1.234.567")
    await page.route("**/v1/contributions", async (route) => {
      await route.fetch()
      await route.abort("connectionreset")
    })
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByText("Bấm Lưu để thử lại").waitFor({ timeout: 30_000 })
    expect(await amount.inputValue()).toBe("1.234.567")
    await page.unroute("**/v1/contributions")
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByText(/^Đã lưu dòng đóng góp .+ \(1\.234\.567 đồng\)\.$/u).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(shots, "entry-contribution.png"), fullPage: true })

    await signInAs("commune-official")
    await page.goto(`${baseUrl}/#/entry/confirm`)
    const row = page.locator("table.inbox tbody tr", { hasText: "1.234.567" })
    await row.waitFor({ timeout: 30_000 })
    // Rejecting needs a reason: shown beside the reason field; then cancel and confirm instead.
    await row.getByRole("button", { name: "Từ chối" }).click()
    await row.getByRole("button", { name: "Gửi từ chối" }).click()
    expect(await row.getByLabel("Lý do từ chối").getAttribute("aria-invalid")).toBe("true")
    await row.getByRole("button", { name: "Hủy" }).click()
    await row.getByRole("button", { name: "Xác nhận" }).click()
    await row.getByText("Xã đã xác nhận").waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(shots, "entry-confirm.png"), fullPage: true })

    await signInAs("province-admin")
    expect(await officialTotal()).toBe(before + RECORDED)
  })

  it("the province admin manages assignments, price lists and targets; the commune submits an assessment", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: "vi-VN" })
    await page.goto(baseUrl)
    await page.locator('button[data-role="province-admin"]').click()
    await page.goto(`${baseUrl}/#/entry/assignments`)
    await page.getByLabel("Xã (mã)").fill(readable[0]!)
    await page.getByRole("button", { name: "Xem phân công" }).click()
    const row = page.locator(`tr[data-assignment="${second.id}"]`)
    await row.waitFor({ timeout: 30_000 })
    // Someone else ends it meanwhile: the admin's end is refused as stale, says so, and keeps the typed date.
    const r = await fetch(`${baseUrl}/v1/assignments/${second.id}/end`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ on: "2025-06-01", version: second.version }),
    })
    expect(r.status).toBe(200)
    await row.locator("summary", { hasText: "Kết thúc" }).click()
    await row.getByLabel("Kết thúc từ ngày").fill("2025-07-01")
    await row.locator('form[aria-label^="Kết thúc"] button[type="submit"]').click()
    await row.getByText("Có người khác vừa thay đổi bản ghi này").waitFor({ timeout: 30_000 })
    expect(await row.getByLabel("Kết thúc từ ngày").inputValue()).toBe("2025-07-01")
    await row.getByRole("button", { name: "Tải lại" }).click()
    await page.locator(`tr[data-assignment="${second.id}"]`).getByText("đã kết thúc 2025-06-01").waitFor()
    await page.screenshot({ path: join(shots, "entry-assignments.png"), fullPage: true })

    // A price list: errors beside the empty fields, then saved and listed (ILLUSTRATIVE price).
    await page.goto(`${baseUrl}/#/entry/price-lists`)
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText(/^Chưa lưu: có \d+ lỗi/u).waitFor()
    expect(await page.getByLabel("Tên (tiếng Việt)").getAttribute("aria-invalid")).toBe("true")
    await page.getByLabel("Tên (tiếng Việt)").fill("Bảng giá minh họa (e2e)")
    await page.getByLabel("Tên (tiếng Anh)").fill("Illustrative price list (e2e)")
    await page.getByLabel("Áp dụng từ ngày").fill("2024-01-01")
    await page.getByLabel("Sai lệch cho phép (%)").fill("20")
    await page.getByLabel("Hiện vật").selectOption("suat-qua")
    await page.getByLabel("Đơn giá (đồng)").fill("250.000")
    await page.getByLabel("Từ ngày", { exact: true }).fill("2024-01-01")
    await page.getByLabel("Nguồn (văn bản, thông báo giá)").fill("Giá minh họa (e2e)")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("suat-qua: 250.000/package").waitFor({ timeout: 30_000 })

    // A target: a count that is not a number is refused beside its field.
    await page.goto(`${baseUrl}/#/entry/targets`)
    await page.getByLabel("Tên (tiếng Việt)").fill("Số xã đạt chuẩn (minh họa e2e)")
    await page.getByLabel("Tên (tiếng Anh)").fill("NTM communes (illustrative e2e)")
    await page.getByLabel("Số xã mục tiêu").fill("tám mươi")
    await page.getByLabel("Nguồn (văn bản giao chỉ tiêu)").fill("Minh họa (e2e)")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    expect(await page.getByLabel("Số xã mục tiêu").getAttribute("aria-invalid")).toBe("true")
    await page.getByLabel("Số xã mục tiêu").fill("80")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Số xã đạt chuẩn (minh họa e2e) (10)").waitFor({ timeout: 30_000 })
    // Editing it: the stored target loads into the form, and saving replaces it on the version read (no duplicate).
    await page
      .locator("li", { hasText: "Số xã đạt chuẩn (minh họa e2e) (10)" })
      .getByRole("button", { name: "Sửa" })
      .click()
    await page.getByText("Đang sửa một mục tiêu đã lưu (phiên bản 1)").waitFor({ timeout: 30_000 })
    expect(await page.getByLabel("Số xã mục tiêu").inputValue()).toBe("80")
    await page.getByLabel("Tên (tiếng Việt)").fill("Số xã đạt chuẩn (minh họa e2e, đã sửa)")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Số xã đạt chuẩn (minh họa e2e, đã sửa) (10)").waitFor({ timeout: 30_000 })
    expect(await page.getByText("Số xã đạt chuẩn (minh họa e2e) (10)").count()).toBe(0)

    // The commune's assessment: the pack's indicators are listed; one answered, the rest left indeterminate.
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await page.locator('button[data-role="commune-official"]').click()
    await page.goto(`${baseUrl}/#/entry/assessment`)
    await page.locator("form.entry-form fieldset").first().waitFor({ timeout: 30_000 })
    expect(await page.locator("form.entry-form fieldset").count()).toBeGreaterThan(1)
    await page.getByLabel("Năm số liệu").fill("2024")
    await page.getByLabel("Ngày đánh giá").fill("2024-12-15")
    await page.locator('form.entry-form select[id^="assessment-v."]').first().selectOption("true")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Đã nộp.").waitFor({ timeout: 30_000 })
  })
})
