package org.castpb.api.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.List;
import java.util.Locale;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.junit.Test;

public class ErrorTextsTest {

    private static final Locale ZH = Languages.CHINESE;
    private static final Locale EN = Languages.ENGLISH;

    @Test
    public void notFoundReadsInChineseWithTheRecordKindInChinese() {
        NotFoundException e = new NotFoundException("society", 1203L);
        assertEquals("没有编号为 1203 的学会", ErrorTexts.message(e, ZH));
    }

    @Test
    public void anUnknownScheduledJobIsNamedInChinese() {
        NotFoundException e = new NotFoundException("scheduled job", "coverage-daily");
        assertEquals("没有编号为 coverage-daily 的定时任务", ErrorTexts.message(e, ZH));
    }

    @Test
    public void englishReadsAsTheServicesMessage() {
        NotFoundException e = new NotFoundException("society", 1203L);
        assertEquals("no society with id 1203", ErrorTexts.message(e, EN));
    }

    @Test
    public void aRecordKindWithoutAChineseWordFallsBackToTheEnglishMessage() {
        NotFoundException e = new NotFoundException("ledger revision 3 of society", 7L);
        assertEquals("no ledger revision 3 of society with id 7", ErrorTexts.message(e, ZH));
    }

    @Test
    public void aCodeWithoutATranslationFallsBackToTheEnglishMessage() {
        CastpbException e = new CastpbException("CODE_NOBODY_RAISES", "campaign 4 is funded already", 4L);
        assertEquals("campaign 4 is funded already", ErrorTexts.message(e, ZH));
    }

    @Test
    public void aRefusalWithoutTheArgumentsItsSentenceNeedsFallsBackToTheEnglishMessage() {
        CastpbException e = new CastpbException("CAMPAIGN_RUNNING", "campaign 4 is running");
        assertEquals(e.getMessage(), ErrorTexts.message(e, ZH));
    }

    @Test
    public void aRefusalReadsTheSentenceForAsManyArgumentsAsItGives() {
        assertEquals("记录同时被他人修改：请重新读取后再修改", ErrorTexts.message(StaleVersionException.concurrentChange(), ZH));
        assertEquals(StaleVersionException.concurrentChange().getMessage(),
                ErrorTexts.message(StaleVersionException.concurrentChange(), EN));
        CastpbException allowance = new CastpbException("SCHEME_FAILED", "allowance scheme grade timed out; nothing was recorded",
                "grade", "timed out");
        assertEquals("补贴方案 grade 执行失败，未记录任何内容（timed out）", ErrorTexts.message(allowance, ZH));
        assertEquals(allowance.getMessage(), ErrorTexts.message(allowance, EN));
    }

    @Test
    public void aSentenceQuotesTheServicesEnglishMessageWhereItSaysMore() {
        ForbiddenException e = new ForbiddenException("alice may not read members (needs one of the roles ADMIN)");
        assertEquals("无权执行此操作：本账户的角色不允许（alice may not read members (needs one of the roles ADMIN)）",
                ErrorTexts.message(e, ZH));
        assertEquals(e.getMessage(), ErrorTexts.message(e, EN));
    }

    @Test
    public void anEnumerationArgumentReadsAsItsLabel() {
        CastpbException e = new CastpbException("CAMPAIGN_NOT_COMPLETED", "campaign 4 is RUNNING; only a COMPLETED campaign's"
                + " results can be funded", 4L, org.castpb.api.evaluation.CampaignStatus.RUNNING);
        assertEquals("评估活动 4 的状态为" + Labels.of(org.castpb.api.evaluation.CampaignStatus.RUNNING)
                + "：只有已完成的评估活动的结果才能用于经费分配", ErrorTexts.message(e, ZH));
        assertEquals(e.getMessage(), ErrorTexts.message(e, EN));
    }

    @Test
    public void versionConflictNamesBothVersionsInChinese() {
        assertEquals("记录当前为第 5 版，而不是第 3 版：请重新读取后再修改", ErrorTexts.message(new StaleVersionException(3, 5), ZH));
    }

    @Test
    public void outOfScopeNamesTheAccountAndItsScopeInChinese() {
        ForbiddenException e = ForbiddenException.outOfScope(null, "change society 4");
        String zh = ErrorTexts.message(e, ZH);
        assertEquals("账户  无权操作该记录：它不在其范围 " + e.arguments().get(2) + " 之内", zh);
        assertEquals(e.getMessage(), ErrorTexts.message(e, EN));
    }

    @Test
    public void fieldErrorsNameTheFieldsLabelInChineseNeverItsInternalName() {
        ValidationException e = new ValidationException(List.of(
                new FieldError("lastInspectionResult", "REQUIRED", "lastInspectionResult is required"),
                new FieldError("leaders[1].name", "TOO_LONG", "at most 100 characters")));
        // REQUIRED says all in Chinese; TOO_LONG keeps the service's words on the limit
        assertEquals("最近年检结果：必填；名称：内容过长（at most 100 characters）", ErrorTexts.message(e, ZH));
        assertEquals(e.getMessage(), ErrorTexts.message(e, EN));
        FieldError zh = ErrorTexts.field(e.errors().get(0), ZH);
        assertEquals("lastInspectionResult", zh.field());
        assertEquals("REQUIRED", zh.code());
        assertEquals("最近年检结果：必填", zh.message());
    }

    @Test
    public void aFieldErrorWithoutATranslationKeepsItsEnglishMessage() {
        FieldError error = new FieldError("recordedOn", "CODE_NOBODY_RAISES", "recordedOn is before the meeting");
        assertSame(error, ErrorTexts.field(error, ZH));
        ValidationException e = new ValidationException(error);
        assertEquals("recordedOn: recordedOn is before the meeting", ErrorTexts.message(e, ZH));
    }

    @Test
    public void fieldLabelsInBothLanguagesAndTheNameForAFieldWithoutLabel() {
        assertEquals("最近年检结果", FieldLabels.of("lastInspectionResult", ZH));
        assertEquals("Result of the last annual inspection", FieldLabels.of("lastInspectionResult", EN));
        assertEquals("统一社会信用代码", FieldLabels.of("society.uscc", Locale.SIMPLIFIED_CHINESE));
        assertEquals("somethingElse", FieldLabels.of("somethingElse", ZH));
    }

    @Test
    public void everyChineseFieldLabelHasAnEnglishOne() {
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("org.castpb.api.text.fields", ZH,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : zh.keySet()) {
            assertEquals(key, true, FieldLabels.find(key, EN) != null);
        }
    }
}
