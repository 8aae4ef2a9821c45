package org.policygraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a plan's place is read from its title, and which curated spellings a plan of a place may mean. */
class PlacesTest {

    @Test
    void aTitleOpeningWithAChainOfPlaceUnitsNamesThePlansPlace() {
        assertThat(Places.ofTitle("连云港市2021年政府工作报告三季度滞后任务")).contains("连云港市");
        assertThat(Places.ofTitle("武汉市服务贸易创新发展试点实施方案")).contains("武汉市");
        assertThat(Places.ofTitle("天津市河北区2024年重点工作")).contains("天津市河北区");
        assertThat(Places.ofTitle("石家庄市藁城区民生实事")).contains("石家庄市藁城区");
        assertThat(Places.ofTitle("内蒙古自治区促进消费若干措施")).contains("内蒙古自治区");
        assertThat(Places.ofTitle("黔东南州人民政府关于加强城市管理的意见")).contains("黔东南州");
        assertThat(Places.ofTitle("湖北省武汉市服务贸易方案")).contains("湖北省武汉市");
        assertThat(Places.ofTitle("海城市民生实事")).contains("海城市");
        assertThat(Places.ofTitle("成都市2024年工作要点")).contains("成都市");
    }

    @Test
    void zonesPartsOfPlacesAndWordsOfTheTitleAreNoPlace() {
        // a zone, a new district or a park is no place of a plan; the chain stops before it
        assertThat(Places.ofTitle("武汉市东湖新技术开发区三年行动")).contains("武汉市");
        assertThat(Places.ofTitle("无锡经济开发区2024年工作要点")).isEmpty();
        assertThat(Places.ofTitle("万盛经开区重点任务")).isEmpty();
        assertThat(Places.ofTitle("成都市城市社区嵌入式服务")).contains("成都市");
        assertThat(Places.ofTitle("北京城市副中心建设")).isEmpty();
        assertThat(Places.ofTitle("襄阳都市圈发展规划")).isEmpty();
        // only at the very start of the title, before anything else
        assertThat(Places.ofTitle("关于广州市白云区的方案")).isEmpty();
        assertThat(Places.ofTitle("加快西宁市商贸流通业发展")).isEmpty();
        assertThat(Places.ofTitle("在兰州新区设立")).isEmpty();
        assertThat(Places.ofTitle("市人民政府办公厅关于印发的通知")).isEmpty();
        assertThat(Places.ofTitle("省市县三级联动")).isEmpty();
        // below a city, a unit read from the rest of the title's words is no district
        assertThat(Places.ofTitle("新乡市建设制造强市实施方案")).contains("新乡市");
        assertThat(Places.ofTitle("嘉兴市贯彻落实浙江省方案")).contains("嘉兴市");
        assertThat(Places.ofTitle("武汉市中心城区更新")).contains("武汉市");
    }

    @Test
    void aRelativeSpellingOfAPlacesBodyMeansItOnlyInPlansOfThatPlaceOrWithinIt() {
        assertThat(Places.spellingApplies("市商务局", "武汉市", "武汉市")).isTrue();
        assertThat(Places.spellingApplies("市商务局", "武汉市", "武汉市江岸区")).isTrue();
        assertThat(Places.spellingApplies("市商务局", "武汉市", "连云港市")).isFalse();
        assertThat(Places.spellingApplies("市商务局", "武汉市", null)).isFalse();
        // a spelling naming the place, and any spelling of a body bound to no place, mean it everywhere
        assertThat(Places.spellingApplies("武汉市人民政府", "武汉市", "连云港市")).isTrue();
        assertThat(Places.spellingApplies("人民银行武汉分行营业管理部", "武汉市", null)).isTrue();
        assertThat(Places.spellingApplies("商务部", null, "连云港市")).isTrue();
        assertThat(Places.shortName("天津市河北区")).isEqualTo("河北");
        assertThat(Places.within("天津市", "天津市河北区")).isFalse();
    }

    @Test
    void aPlaceIsAWholeChainOfUnits() {
        assertThat(Places.isPlace("武汉市")).isTrue();
        assertThat(Places.isPlace("天津市河北区")).isTrue();
        assertThat(Places.isPlace("武汉")).isFalse();
        assertThat(Places.isPlace("武汉市商务局")).isFalse();
    }
}
