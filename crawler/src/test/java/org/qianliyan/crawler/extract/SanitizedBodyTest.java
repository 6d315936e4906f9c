package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one walk writes what jsoup wrote before it: the {@code Cleaner} with the relaxed safelist
 * without images over a copy of the element, serialised without pretty printing, and
 * {@link BlockText} for the text; the page is left as it was.
 */
class SanitizedBodyTest {

    private static final String URL = "http://example.gov.cn/news/2024/a.html";

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>焚烧厂<b>整改</b>完成。</p><p>第二段</p>",
        "<p onclick=x() class=c style='color:red'>文<span id=s>字</span><font color=red>红</font></p>",
        "<a href=/b/2.html title='标 题'>相对</a><a href=../c.html>上级</a><a href='?page=2'>查询</a><a href=#top>锚</a>",
        "<a href='javascript:alert(1)'>脚本</a><a href='mailto:a@b.cn'>信</a><a href='ftp://f.cn/x'>ftp</a><a href>空</a>",
        "<a href='HTTPS://Example.com/A'>大写</a><a href='tel:12345'>电话</a><a href='weixin://x'>微信</a><a href=' /d.html '>空白</a>",
        "<a href='/e\u0001.html'>控制符</a><a href='http://[bad'>坏</a><a HREF=/upper.html>大写属性</a>",
        "<blockquote cite=/q.html>引</blockquote><q cite='javascript:x'>q</q><cite cite=/c>c</cite>",
        "<table width=100 border=1><tr><td rowspan=2 colspan=3 nowrap>格</td><th scope=col>头</th></tr></table>",
        "<div><p></p><span></span><br><br/><hr><col span=2><img src=/p.png alt=图>图后</div>",
        "<p>&amp; &lt;tag&gt; \"引号\" 'apos' &nbsp;x\u00a0y\u3000z</p><a title='a\"b&amp;c<d>\u00a0'>t</a>",
        "<p>控制\u0001符\u0008和\u000b\t制表\r\n换行\u007f\u0085\u00a0</p>",
        "<p>😀 emoji 𝄞 \ud800\udc00 \ud83d lone \ude00 low 𝄞\ud834\udf06 \ud877\udc00</p>",
        "<script>var a = '<p>';</script><style>p{}</style><!-- 注释 --><noscript><p>无脚本</p></noscript><p>后</p>",
        "<textarea>文本 <b>框</b></textarea><title>标题</title><template><p>模板</p></template>",
        "<svg><a href=/s.html><text>矢量</text></a><circle/></svg><math><mi>x</mi></math>",
        "<ul type=disc><li>一</li><li>二<ol start=3 type=a><li>三</li></ol></li></ul><dl><dt>词</dt><dd>义</dd></dl>",
        "<pre>  保留\n  空白  </pre><p>  多   空白 \n 行  </p><section><article>节</article></section>",
        "<custom-tag data-x=1>自定义</custom-tag><center>居中</center><font><font>嵌套</font></font>",
        ""})
    void writes_what_the_cleaner_and_block_text_wrote_and_leaves_the_page_alone(String content) {
        for (String base : new String[] {"", "<base href='http://other.example.cn/base/'>"}) {
            Document page = Jsoup.parse("<html><head>" + base + "</head><body><div id=content>" + content
                    + "</div></body></html>", URL);
            String before = page.outerHtml();
            for (Element body : new Element[] {page.getElementById("content"), page.body()}) {
                SanitizedBody sanitized = SanitizedBody.of(body, URL);

                assertThat(sanitized.html()).as(content).isEqualTo(cleaned(body, URL));
                assertThat(sanitized.text()).as(content).isEqualTo(BlockText.of(body));
            }
            assertThat(page.outerHtml()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "http://example.gov.cn/a/b.html"})
    void an_element_without_a_base_resolves_against_the_fallback(String fallback) {
        Element detached = Jsoup.parseBodyFragment("<p><a href=/x.html>相对</a><a href=https://a.cn/>绝对</a></p>")
                .body().child(0).clone();
        assertThat(detached.baseUri()).isEmpty();

        assertThat(SanitizedBody.of(detached, fallback).html()).isEqualTo(cleaned(detached, fallback));
    }

    /** The way it was done before: the Cleaner over a copy in a shell document, serialised without pretty printing. */
    private static String cleaned(Element body, String fallbackBase) {
        Document shell = Document.createShell(body.baseUri().isEmpty() ? fallbackBase : body.baseUri());
        shell.body().appendChild(body.clone());
        Document clean = new Cleaner(Safelist.relaxed().removeTags("img").preserveRelativeLinks(false)).clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
