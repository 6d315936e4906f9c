package org.qianliyan.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI description ({@code /v3/api-docs}, readable at
 * {@code /swagger-ui.html}) says about the API as a whole; springdoc reads the paths and
 * parameters from the controllers themselves, so the description cannot drift from them.
 */
@Configuration
class OpenApiDocumentation {

    private static final String STAFF = "staff";

    @Bean
    OpenAPI qianliyanOpenApi() {
        return new OpenAPI()
                .info(new Info().title("千里眼 Qianliyan API").version("v1")
                        .description("""
                                垃圾焚烧厂达标情况、环境执法案件与舆情的开放接口。公开接口无需登录，按地址限流（超出时返回 429 与 Retry-After）；\
                                /api/v1/staff/** 仅限工作人员（HTTP Basic 或个人 API 令牌）。
                                Open API of incinerator compliance, enforcement cases and public opinion. Public endpoints need no \
                                account and are rate-limited per address (429 with Retry-After); /api/v1/staff/** is for staff \
                                only (HTTP Basic or a personal API token). Lists are paged with page and size (search: a cursor); \
                                errors are JSON {"error", "detail"}."""))
                .components(new Components().addSecuritySchemes(STAFF,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
