package org.castpb.api.members;

import java.io.InputStream;
import java.io.OutputStream;
import org.castpb.api.Actor;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Members in and out of CSV files with Chinese headers (UTF-8 with a byte-order mark, as the society files) and of Excel
 * workbooks (.xlsx) with the same headers, scoped like {@link MemberService}. An export masks the citizen ID and phone unless asked in full by an account keeping the
 * members, and then writes each member exported to the disclosure log.
 */
@ProviderType
public interface MemberExchangeService {

    /** The headers of a member file, in order; an import finds its columns by these names. */
    java.util.List<String> HEADER = java.util.List.of("党组织编号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "在学会中的职务",
            "负责人职务", "入党日期", "党员类别", "联系电话", "隶属关系", "组织关系所在单位");

    /** Writes the members in scope (of one organisation, or all) with {@link #HEADER} and their id, status and its date. */
    void exportCsv(Actor actor, Long organisationId, boolean full, OutputStream out);

    /**
     * Registers the members of a file, every row checked as {@link MemberService#register} does; a row's errors name its
     * line and column. {@link ImportMode#ALL_OR_NOTHING} writes nothing unless every row is valid, {@link ImportMode#CHECK_ONLY}
     * nothing at all.
     */
    ImportReport importCsv(Actor actor, InputStream in, ImportMode mode);

    /**
     * As {@link #exportCsv}, as an Excel workbook (.xlsx) of one sheet with the same columns: ids as numbers, dates as
     * dates, the citizen ID and phone as text, masked unless {@code full} (logged as the CSV's).
     */
    void exportXlsx(Actor actor, Long organisationId, boolean full, OutputStream out);

    /**
     * As {@link #importCsv}, from the first sheet of an Excel workbook (.xlsx) with the same headers; a row's errors name
     * its row number as Excel shows it and the column's header.
     */
    ImportReport importXlsx(Actor actor, InputStream xlsx, ImportMode mode);
}
