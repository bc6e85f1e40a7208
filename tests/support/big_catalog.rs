//! A synthetic Learn Catalog API response of a given size, shaped like the real one: every field
//! the API sends (most of which Recert ignores), modules and learning paths included. Shared by
//! the import test and the benchmark.

use std::fmt::Write;

pub fn big_catalog(target_bytes: usize) -> String {
    let mut out = String::with_capacity(target_bytes + 64 * 1024);
    out.push_str("{\"modules\":[");
    let mut i = 0usize;
    // Modules are the bulk of a real response; Recert skips them.
    while out.len() < target_bytes * 7 / 10 {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r#"{{"summary":"Learn how to configure and manage resource number {i} in a cloud environment, with exercises.","levels":["beginner","intermediate"],"roles":["administrator","developer"],"products":["azure","azure-virtual-machines"],"subjects":["cloud-computing"],"uid":"learn.module-{i}","type":"module","title":"Module {i}: configure resources","duration_in_minutes":42,"rating":{{"count":120,"average":4.7}},"popularity":0.61,"icon_url":"https://learn.microsoft.com/media/learn/module-{i}.svg","social_image_url":"https://learn.microsoft.com/social/{i}.png","locale":"en-us","last_modified":"2025-05-01T00:00:00+00:00","url":"https://learn.microsoft.com/training/modules/module-{i}/","firstUnitUrl":"https://learn.microsoft.com/training/modules/module-{i}/1-introduction","units":["learn.module-{i}.unit-1","learn.module-{i}.unit-2","learn.module-{i}.unit-3"],"number_of_children":3}}"#
        );
        i += 1;
    }
    out.push_str("],\"certifications\":[");
    let mut c = 0usize;
    while out.len() < target_bytes * 85 / 100 {
        if c > 0 {
            out.push(',');
        }
        let kind = ["role-based", "specialty", "fundamentals", "mos"][c % 4];
        let freq = if c % 4 < 2 { 365 } else { 0 };
        let _ = write!(
            out,
            r#"{{"uid":"certification.generated-{c}","type":"certification","title":"Microsoft Certified: Generated {c} Associate","subtitle":"Demonstrate skills number {c}.","url":"https://learn.microsoft.com/credentials/certifications/generated-{c}/","icon_url":"https://learn.microsoft.com/media/learn/certification/badges/generated-{c}.svg","pdf_download_url":"","practice_test_url":"","practice_assessment_url":"https://learn.microsoft.com/credentials/certifications/generated-{c}/practice/assessment","renewal_frequency_in_days":{freq},"prerequisites":[],"skills":["Skill one","Skill two"],"recommendation_list":[],"levels":["intermediate"],"roles":["administrator"],"products":["azure"],"study_guide":[{{"uid":"exam.gen-{c}","type":"exam"}}],"last_modified":"2025-05-01T00:00:00+00:00","certification_type":"{kind}","exams":["exam.gen-{c}"]}}"#
        );
        c += 1;
    }
    out.push_str("],\"exams\":[");
    let mut e = 0usize;
    while out.len() < target_bytes {
        if e > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r#"{{"uid":"exam.gen-{e}","type":"exam","title":"Exam GEN-{e}: Generated exam","display_name":"GEN-{e}","url":"https://learn.microsoft.com/credentials/certifications/exams/gen-{e}/","icon_url":"","pdf_download_url":"","practice_test_url":"","practice_sandbox_url":"https://aka.ms/examdemo","locales":["en","ja","zh-tw","ko","fr","de"],"levels":["intermediate"],"roles":["administrator"],"products":["azure"],"courses":[],"study_guide":[],"providers":[{{"type":"pearson-vue","url":"https://examregistration.microsoft.com/?exam=GEN-{e}"}}],"last_modified":"2025-05-01T00:00:00+00:00"}}"#
        );
        e += 1;
    }
    out.push_str("]}");
    out
}
